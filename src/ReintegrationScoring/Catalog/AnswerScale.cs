using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>A coding rule: the options a measure can be answered with, listed from best to worst, and their points.</summary>
public sealed class AnswerScale : IEquatable<AnswerScale>
{
    private readonly Dictionary<string, int> _indexByKey;

    /// <summary>Creates a scale.</summary>
    /// <param name="code">Stable identifier of the scale, e.g. <c>quality5</c>.</param>
    /// <param name="options">One or more options with distinct keys (ignoring case), best first by convention.</param>
    /// <exception cref="ArgumentNullException">An argument or an option is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed, there are no options, too many options, or a key repeats.</exception>
    public AnswerScale(string code, IEnumerable<AnswerOption> options)
    {
        Preconditions.NotNull(code);
        Preconditions.NotNull(options);
        if (!Identifiers.IsCode(code))
        {
            throw new ArgumentException($"A scale code is a letter, then letters, digits or '_', at most {Identifiers.MaxLength} characters.", nameof(code));
        }

        var list = new List<AnswerOption>();
        _indexByKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in options)
        {
            Preconditions.NotNull(option, nameof(options));
            if (_indexByKey.ContainsKey(option.Key))
            {
                throw new ArgumentException($"Scale {MessageText.Quote(code)} lists option {MessageText.Quote(option.Key)} more than once.", nameof(options));
            }

            _indexByKey.Add(option.Key, list.Count);
            list.Add(option);
        }

        if (list.Count == 0 || list.Count > Answer.MaxOptionCount)
        {
            throw new ArgumentException($"Scale {MessageText.Quote(code)} must have between 1 and {Answer.MaxOptionCount} options; it has {list.Count}.", nameof(options));
        }

        Code = code;
        Options = new ReadOnlyCollection<AnswerOption>(list);
    }

    /// <summary>The scale's identifier.</summary>
    public string Code { get; }

    /// <summary>The options in their order (best first by convention).</summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>The position of the option with <paramref name="key"/> (ignoring case), or -1.</summary>
    /// <param name="key">The option key to find; null finds nothing.</param>
    /// <returns>The zero-based position in <see cref="Options"/> (0 = the best option), or -1 when no option has that key.</returns>
    public int IndexOf(string key) => key is not null && _indexByKey.TryGetValue(key, out var index) ? index : -1;

    /// <inheritdoc/>
    public bool Equals(AnswerScale? other)
    {
        if (other is null || Code != other.Code || Options.Count != other.Options.Count)
        {
            return false;
        }

        for (var i = 0; i < Options.Count; i++)
        {
            if (!Options[i].Equals(other.Options[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnswerScale);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ Options.Count;

    /// <summary>Formats the scale for display and logs.</summary>
    /// <returns>The code and options, e.g. <c>yes_no(yes=1, no=0)</c>.</returns>
    public override string ToString() => $"{Code}({string.Join(", ", Options)})";
}
