using System;
using Xunit;

namespace ReintegrationScoring.Tests.Support;

/// <summary>Assertions that a message reveals no answer and no respondent id (reference section 10).</summary>
public static class Confidential
{
    public static void DoesNotReveal(string message, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The exception's message, and those of its inner exceptions, reveal none of <paramref name="secrets"/>.</summary>
    public static void DoesNotReveal(Exception exception, params string[] secrets)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            DoesNotReveal(e.Message, secrets);
            DoesNotReveal(e.ToString(), secrets);
        }
    }
}
