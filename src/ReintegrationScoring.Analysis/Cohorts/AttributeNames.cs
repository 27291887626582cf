using System;
using System.Collections.Generic;
using System.Linq;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Analysis.Cohorts;

/// <summary>Checks the attribute names an analysis groups by.</summary>
internal static class AttributeNames
{
    public static string[] Check(IEnumerable<string> attributes)
    {
        var names = Preconditions.NotNull(attributes).ToArray();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An attribute name must not be blank.", nameof(attributes));
            }

            if (!seen.Add(name.Trim()))
            {
                throw new ArgumentException($"The attribute '{name.Trim()}' is given twice.", nameof(attributes));
            }
        }

        return names.Select(n => n.Trim()).ToArray();
    }
}
