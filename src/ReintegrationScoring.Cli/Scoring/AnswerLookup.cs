using System;
using System.Linq;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// The tokens one measure's cells may hold (its option keys, <c>dont_know</c>, <c>refused</c>,
/// <c>not_applicable</c>), looked up from a trimmed span ignoring case, without allocating. A collision-free hash of
/// the length and three characters (folded to lower case) picks the one token a cell can be; the cell is then compared
/// with it exactly (exports are usually lower case), or ignoring case. Whether each token is allowed for the measure
/// is decided once, here. Read-only after construction, so worker threads share it.
/// </summary>
internal sealed class AnswerLookup
{
    private const int SlotBits = 6;

    private readonly Token?[] _slots = new Token?[1 << SlotBits];
    private readonly uint _multiplier;

    public AnswerLookup(Measure measure)
    {
        var tokens = measure.AnswerKeys.Select(k => new Token(k.Key, k.Value, measure.Check(k.Value))).ToArray();

        // A measure has a handful of tokens: the first odd multiplier that separates them all is found at once.
        for (_multiplier = 0x9E3779B1u; ; _multiplier += 2)
        {
            Array.Clear(_slots);
            if (tokens.All(t => TryPlace(t)))
            {
                return;
            }
        }
    }

    /// <summary>Reads one trimmed, non-empty cell.</summary>
    /// <returns><see cref="AnswerProblem.None"/> and the answer, or why the cell is not a valid answer (answer absent).</returns>
    public AnswerProblem Read(ReadOnlySpan<char> cell, out Answer answer)
    {
        var token = _slots[Slot(cell)];
        if (token is not null && (cell.SequenceEqual(token.Text) || cell.Equals(token.Text, StringComparison.OrdinalIgnoreCase)))
        {
            answer = token.Answer;
            return token.Problem;
        }

        answer = Answer.Absent;
        return AnswerProblem.UnknownOption;
    }

    private bool TryPlace(Token token)
    {
        var slot = Slot(token.Text);
        if (_slots[slot] is not null)
        {
            return false;
        }

        _slots[slot] = token;
        return true;
    }

    private int Slot(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        // '| 0x20' folds ASCII letters to lower case; other characters may collide, which the comparison sorts out.
        var key = (uint)text.Length ^ ((text[0] | 0x20u) << 8) ^ ((text[text.Length >> 1] | 0x20u) << 16) ^ ((text[^1] | 0x20u) << 24);
        return (int)((key * _multiplier) >> (32 - SlotBits));
    }

    private sealed class Token
    {
        public Token(string text, Answer answer, AnswerProblem problem)
        {
            Text = text;
            Answer = problem == AnswerProblem.None ? answer : Answer.Absent;
            Problem = problem;
        }

        public string Text { get; }

        public Answer Answer { get; }

        public AnswerProblem Problem { get; }
    }
}
