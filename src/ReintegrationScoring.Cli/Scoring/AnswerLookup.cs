using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
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
/// Whether each token is allowed for the measure is decided once, here. Many tokens (a scale of up to 252 options,
/// or labels) or texts beyond ASCII are looked up in a case-insensitive dictionary instead, a little slower.
/// </remarks>
internal sealed class AnswerLookup
{
    /// <summary>Characters read at once: a cell window must hold at least this many.</summary>
    public const int Window = 16;

    /// <summary>Tokens beyond this many are looked up in a dictionary (a perfect hash of them would need too many slots).</summary>
    private const int MaxHashedTokens = 64;

    private static readonly Vector128<ushort>[] LowMasks = Masks(0);
    private static readonly Vector128<ushort>[] HighMasks = Masks(8);
    private static readonly Vector128<ushort> Fold = Vector128.Create((ushort)0x20);

    private readonly int _slotBits;
    private readonly Token?[] _slots;
    private readonly int _longest;
    private readonly ulong _multiplier;
    private readonly Dictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> _fallback;
    private readonly bool _usesFallback;

    /// <param name="measure">The measure whose tokens the cells hold.</param>
    /// <param name="aliases">Other texts that stand for a token (mapping values, labels), or null.</param>
    public AnswerLookup(Measure measure, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var tokens = measure.AnswerKeys.Select(k => new Token(k.Key, k.Value, measure.Check(k.Value))).ToList();
        foreach (var (text, key) in aliases ?? new Dictionary<string, string>())
        {
            var answer = measure.AnswerKeys.First(k => k.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
            if (!tokens.Any(t => t.Text.Equals(text, StringComparison.OrdinalIgnoreCase)))
            {
                tokens.Add(new Token(text, answer, measure.Check(answer)));
            }
        }

        _longest = tokens.Max(t => t.Text.Length);
        var dictionary = new Dictionary<string, Token>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            dictionary[token.Text] = token;
        }

        _fallback = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();

        // Enough slots that an odd multiplier separating every token turns up within a few thousand tries: about n²/2.
        _slotBits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, tokens.Count * tokens.Count / 2)) + 1, 6, 12);
        _slots = new Token?[1 << _slotBits];

        // Folding case by one bit is exact for ASCII only: other texts go to the dictionary.
        if (tokens.Count <= MaxHashedTokens && tokens.All(t => t.Text.All(char.IsAscii)))
        {
            for (_multiplier = 0x9E3779B97F4A7C15UL; _multiplier < 0x9E3779B97F4A7C15UL + (1UL << 13); _multiplier += 2)
            {
                Array.Clear(_slots);
                if (tokens.All(TryPlace))
                {
                    return;
                }
            }
        }

        _usesFallback = true;
    }

    /// <summary>Whether this measure's tokens are looked up in a dictionary rather than by the vector hash.</summary>
    public bool UsesDictionary => _usesFallback;

    /// <summary>Reads one trimmed, non-empty cell.</summary>
    /// <param name="window">The cell followed by any characters, at least <see cref="Window"/> in all.</param>
    /// <param name="length">The cell's length: the cell is <c>window[..length]</c>.</param>
    /// <param name="answer">The answer, or <see cref="Answer.Absent"/> when the cell is not a valid answer.</param>
    /// <returns><see cref="AnswerProblem.None"/>, or why the cell is not a valid answer.</returns>
    public AnswerProblem Read(ReadOnlySpan<char> window, int length, out Answer answer)
    {
        if (_usesFallback)
        {
            if (_fallback.TryGetValue(window[..length], out var found))
            {
                answer = found.Answer;
                return found.Problem;
            }
        }
        else if (length <= _longest)
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
        return (int)((key * _multiplier) >> (64 - _slotBits));
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
