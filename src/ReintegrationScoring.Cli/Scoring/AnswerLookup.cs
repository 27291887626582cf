using System;
using System.Linq;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// The tokens one measure's cells may hold (its option keys, <c>dont_know</c>, <c>refused</c>,
/// <c>not_applicable</c>), looked up from a trimmed span ignoring case, without allocating. Tokens are grouped by
/// length, so a cell is compared with the one or two tokens of its length only: exactly first (exports are usually
/// lower case), then ignoring case. Whether each token is allowed for the measure is decided once, here. Read-only
/// after construction, so worker threads share it.
/// </summary>
internal sealed class AnswerLookup
{
    private readonly Token[][] _byLength;

    public AnswerLookup(Measure measure)
    {
        var tokens = measure.AnswerKeys.Select(k => new Token(k.Key, k.Value, measure.Check(k.Value))).ToArray();
        _byLength = new Token[tokens.Max(t => t.Text.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = tokens.Where(t => t.Text.Length == length).ToArray();
        }
    }

    /// <summary>Reads one trimmed, non-empty cell.</summary>
    /// <returns><see cref="AnswerProblem.None"/> and the answer, or why the cell is not a valid answer (answer absent).</returns>
    public AnswerProblem Read(ReadOnlySpan<char> cell, out Answer answer)
    {
        if (cell.Length < _byLength.Length)
        {
            var candidates = _byLength[cell.Length];
            foreach (var candidate in candidates)
            {
                if (cell.SequenceEqual(candidate.Text))
                {
                    return candidate.Resolve(out answer);
                }
            }

            foreach (var candidate in candidates)
            {
                if (cell.Equals(candidate.Text, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate.Resolve(out answer);
                }
            }
        }

        answer = Answer.Absent;
        return AnswerProblem.UnknownOption;
    }

    private sealed class Token
    {
        private readonly Answer _answer;
        private readonly AnswerProblem _problem;

        public Token(string text, Answer answer, AnswerProblem problem)
        {
            Text = text;
            _answer = problem == AnswerProblem.None ? answer : Answer.Absent;
            _problem = problem;
        }

        public string Text { get; }

        public AnswerProblem Resolve(out Answer answer)
        {
            answer = _answer;
            return _problem;
        }
    }
}
