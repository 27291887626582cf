using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReintegrationScoring.Tests.Shared;

namespace ReintegrationScoring.Import.Tests.Forms;

/// <summary>
/// Python's openpyxl (Debian's <c>python3-openpyxl</c>), an independent XLSX reader, run on Openpyxl/read_xlsform.py.
/// Debian's package installs for Debian's interpreter, so <c>/usr/bin/python3</c> is tried before <c>python3</c>.
/// </summary>
internal static class Openpyxl
{
    private static readonly Lazy<string?> Python = new(FindPython);

    public static string Script => Path.Combine(RepositoryFiles.Root, "tests", "ReintegrationScoring.Import.Tests", "Forms", "Openpyxl", "read_xlsform.py");

    /// <summary>What is missing to run openpyxl, with how to install it; null when it can run.</summary>
    public static string? Missing => Python.Value is null
        ? "Python 3 with openpyxl is not installed. On Debian/Ubuntu: `sudo apt-get install python3-openpyxl`."
        : null;

    public static WorkbookDump Read(byte[] xlsx)
    {
        var path = Path.Combine(Path.GetTempPath(), "rss-xlsform-" + Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllBytes(path, xlsx);
        try
        {
            var run = ExternalTool.TryRun(Python.Value ?? throw new InvalidOperationException(Missing), new[] { Script, path })!;
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException("openpyxl could not read the workbook:\n" + run);
            }

            return JsonSerializer.Deserialize<WorkbookDump>(run.Output, ExternalTool.Json)!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string? FindPython() =>
        new[] { "/usr/bin/python3", "python3" }.FirstOrDefault(python => ExternalTool.TryRun(python, new[] { "-c", "import openpyxl" }) is { ExitCode: 0 });
}

/// <summary>What read_xlsform.py reports.</summary>
internal sealed record WorkbookDump(string Openpyxl, IReadOnlyList<string> Warnings, IReadOnlyList<SheetDump> Sheets);

internal sealed record SheetDump(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<string> NotText, bool HeaderBold, string? FreezePanes);
