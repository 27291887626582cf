using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace ReintegrationScoring.Json.Tests;

/// <summary>Edits a JSON document: <c>a.b[0].c=value</c> sets (or appends at the array's end), <c>-a.b</c> removes.</summary>
internal static class JsonEdit
{
    public static string Apply(string json, string change)
    {
        var root = JsonNode.Parse(json)!;
        var remove = change.StartsWith('-');
        var at = remove ? change.Length : change.IndexOf('=', StringComparison.Ordinal);
        var steps = change.Substring(remove ? 1 : 0, at - (remove ? 1 : 0)).Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var parent = steps.SkipLast(1).Aggregate(root, (node, step) => IsIndex(step, out var i) ? node[i]! : node[step]!);
        var last = steps[^1];
        if (remove)
        {
            if (IsIndex(last, out var index))
            {
                parent.AsArray().RemoveAt(index);
            }
            else
            {
                parent.AsObject().Remove(last);
            }
        }
        else
        {
            var value = JsonNode.Parse(change.Substring(at + 1));
            if (IsIndex(last, out var index))
            {
                var array = parent.AsArray();
                if (index == array.Count)
                {
                    array.Add(value);
                }
                else
                {
                    array[index] = value;
                }
            }
            else
            {
                parent[last] = value;
            }
        }

        return root.ToJsonString();
    }

    private static bool IsIndex(string step, out int index)
    {
        index = -1;
        return step.StartsWith('[') && int.TryParse(step.Trim('[', ']'), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
