using System;
using System.Linq;
using Xunit;

namespace ReintegrationScoring.Json.Tests;

internal static class Assertions
{
    /// <summary>Asserts the exception's first problem, and that no personal datum appears anywhere in it.</summary>
    public static RssJsonException Problem(Func<object> read, string path, string reasonPart, params string[] secrets)
    {
        var exception = Assert.Throws<RssJsonException>(() => read());
        Assert.Equal(path, exception.Path);
        Assert.Contains(reasonPart, exception.Reason, StringComparison.Ordinal);
        NoLeak(exception, secrets);
        return exception;
    }

    public static void NoLeak(Exception exception, params string[] secrets)
    {
        var text = string.Join("\n", Describe(exception));
        foreach (var secret in secrets.Append(Samples.SecretRespondentId))
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Describe(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
            yield return exception.ToString();
            if (exception is RssJsonException json)
            {
                foreach (var problem in json.Problems)
                {
                    yield return problem.ToString();
                }
            }
        }
    }
}
