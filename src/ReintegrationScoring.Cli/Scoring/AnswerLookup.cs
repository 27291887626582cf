using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// The tokens one measure's cells may hold (its option keys, <c>dont_know</c>, <c>refused</c>,
/// <c>not_applicable</c>), looked up from a trimmed cell ignoring case, without allocating. Read-only after
/// construction, so worker threads share it.
/// </summary>
/// <remarks>
/// A cell's first 16 characters are read as two vectors, masked to its length and folded to lower case (ASCII), and
/// hashed; the hash is collision-free over the measure's tokens, so it names the one token the cell can be. The cell
/// is then compared with that token: exactly, vector against vector (exports are usually lower case), or failing that
/// ignoring case. No branch depends on the cell's length, which keeps varied answers cheap (about 30 per row).
/// Whether each token is allowed for the measure is decided once, here.
/// </remarks>
internal sealed class AnswerLookup
{
    /// <summary>Characters read at once: a cell window must hold at least this many.</summary>
    public const int Window = 16;

    private const int SlotBits = 6;

    private static readonly Vector128<ushort>[] LowMasks = Masks(0);
    private static readonly Vector128<ushort>[] HighMasks = Masks(8);
    private static readonly Vector128<ushort> Fold = Vector128.Create((ushort)0x20);

    private readonly Token?[] _slots = new Token?[1 << SlotBits];
    private readonly int _longest;
    private readonly ulong _multiplier;

    public AnswerLookup(Measure measure)
    {
        var tokens = measure.AnswerKeys.Select(k => new Token(k.Key, k.Value, measure.Check(k.Value))).ToArray();
        _longest = tokens.Max(t => t.Text.Length);

        // A measure has a handful of tokens: an odd multiplier that separates them all is found at once.
        for (_multiplier = 0x9E3779B97F4A7C15UL; _multiplier < 0x9E3779B97F4A7C15UL + (1UL << 20); _multiplier += 2)
        {
            Array.Clear(_slots);
            if (tokens.All(TryPlace))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The answer tokens of measure {measure.Code} cannot be told apart by their first {Window} characters.");
    }

    /// <summary>Reads one trimmed, non-empty cell.</summary>
    /// <param name="window">The cell followed by any characters, at least <see cref="Window"/> in all.</param>
    /// <param name="length">The cell's length: the cell is <c>window[..length]</c>.</param>
    /// <param name="answer">The answer, or <see cref="Answer.Absent"/> when the cell is not a valid answer.</param>
    /// <returns><see cref="AnswerProblem.None"/>, or why the cell is not a valid answer.</returns>
    public AnswerProblem Read(ReadOnlySpan<char> window, int length, out Answer answer)
    {
        if (length <= _longest)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(window);
            var clipped = Math.Min(length, Window);
            var low = Vector128.Create(chars[..8]) & LowMasks[clipped];
            var high = Vector128.Create(chars[8..Window]) & HighMasks[clipped];
            var token = _slots[Slot(low | Fold, high | Fold, length)];
            if (token is not null && token.Text.Length == length)
            {
                var cell = window[..length];
                if ((low == token.Low && high == token.High && (length <= Window || cell[Window..].SequenceEqual(token.Text.AsSpan(Window))))
                    || cell.Equals(token.Text, StringComparison.OrdinalIgnoreCase))
                {
                    answer = token.Answer;
                    return token.Problem;
                }
            }
        }

        answer = Answer.Absent;
        return AnswerProblem.UnknownOption;
    }

    /// <summary>For each length 0..16, the lanes of the 8-character vector starting at <paramref name="from"/> that it covers.</summary>
    private static Vector128<ushort>[] Masks(int from) =>
        Enumerable.Range(0, Window + 1)
            .Select(length => Vector128.Create(Enumerable.Range(from, 8).Select(lane => lane < length ? ushort.MaxValue : (ushort)0).ToArray()))
            .ToArray();

    private int Slot(Vector128<ushort> low, Vector128<ushort> high, int length)
    {
        var a = low.AsUInt64();
        var b = high.AsUInt64();
        var key = (a.GetElement(0) * 0x9E3779B97F4A7C15UL) + (a.GetElement(1) * 0xC2B2AE3D27D4EB4FUL)
            + (b.GetElement(0) * 0x165667B19E3779F9UL) + (b.GetElement(1) * 0xD6E8FEB86659FD93UL) + (ulong)length;
        return (int)((key * _multiplier) >> (64 - SlotBits));
    }

    private bool TryPlace(Token token)
    {
        var slot = Slot(token.Low | Fold, token.High | Fold, token.Text.Length);
        if (_slots[slot] is not null)
        {
            return false;
        }

        _slots[slot] = token;
        return true;
    }

    private sealed class Token
    {
        public Token(string text, Answer answer, AnswerProblem problem)
        {
            Text = text;
            Answer = problem == AnswerProblem.None ? answer : Answer.Absent;
            Problem = problem;
            var padded = new ushort[Window];
            for (var i = 0; i < Math.Min(text.Length, Window); i++)
            {
                padded[i] = text[i];
            }

            Low = Vector128.Create(padded.AsSpan(0, 8));
            High = Vector128.Create(padded.AsSpan(8, 8));
        }

        public string Text { get; }

        public Answer Answer { get; }

        public AnswerProblem Problem { get; }

        /// <summary>The token's first 8 characters, zero beyond its end.</summary>
        public Vector128<ushort> Low { get; }

        /// <summary>Characters 8 to 15, zero beyond its end.</summary>
        public Vector128<ushort> High { get; }
    }
}
