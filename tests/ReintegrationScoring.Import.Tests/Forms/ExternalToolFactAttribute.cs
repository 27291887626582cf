using System;
using Xunit;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>
/// A test that checks a form with a real tool's code (ODK's form engine in Node.js, Python's openpyxl). On a developer's
/// machine without the tool it is skipped, and the skip says how to install it; under CI (<c>CI=true</c>) it is never
/// skipped, so a missing tool fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExternalToolFactAttribute : FactAttribute
{
    public ExternalToolFactAttribute(string tool)
    {
        var missing = tool switch
        {
            nameof(OdkEngine) => OdkEngine.Missing,
            nameof(Openpyxl) => Openpyxl.Missing,
            _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Expected OdkEngine or Openpyxl."),
        };
        if (missing is not null && !ExternalTool.IsCi)
        {
            Skip = missing;
        }
    }
}
