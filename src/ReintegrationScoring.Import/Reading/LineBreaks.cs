using System;

namespace ReintegrationScoring.Import;

/// <summary>Counts line breaks the way CSV readers number lines: <c>\r\n</c>, <c>\n</c> and <c>\r</c> each end one line.</summary>
internal static class LineBreaks
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        int index;
        while ((index = text.IndexOfAny('\r', '\n')) >= 0)
        {
            count++;
            if (text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
            {
                index++;
            }

            text = text[(index + 1)..];
        }

        return count;
    }
}
