using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// A label in several languages, keyed by language tag (<c>en</c>, <c>fr</c>, ...). English is required and is the
/// fallback. Labels are for people only: no score depends on them.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>The language tag of English, the required language.</summary>
    public const string EnglishTag = "en";

    /// <summary>The language tag of French.</summary>
    public const string FrenchTag = "fr";

    private readonly Dictionary<string, string> _texts;

    /// <summary>Creates a label from (language tag, text) pairs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentException">English is missing, a tag repeats, or a tag or text is blank.</exception>
    /// <param name="texts">The texts keyed by language tag (e.g. <c>en</c>, <c>fr</c>); English is required.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts)
    {
        Preconditions.NotNull(texts);
        _texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in texts)
        {
            var tag = Preconditions.NotBlank(pair.Key, nameof(texts)).Trim();
            if (_texts.ContainsKey(tag))
            {
                throw new ArgumentException($"Language {MessageText.Quote(tag)} appears more than once.", nameof(texts));
            }

            _texts.Add(tag, Preconditions.NotBlank(pair.Value, nameof(texts)));
        }

        if (!_texts.TryGetValue(EnglishTag, out var english))
        {
            throw new ArgumentException("An English ('en') text is required.", nameof(texts));
        }

        English = english;
        Languages = new ReadOnlyCollection<string>(new List<string>(_texts.Keys));
    }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>The language tags present, English included, in the order given.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Creates a label in English and French.</summary>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <param name="english">The English text.</param>
    /// <param name="french">The French text.</param>
    /// <returns>A label with both texts.</returns>
    public static LocalizedText Of(string english, string french) => new(new[]
    {
        new KeyValuePair<string, string>(EnglishTag, english),
        new KeyValuePair<string, string>(FrenchTag, french),
    });

    /// <summary>Creates an English-only label.</summary>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    /// <param name="english">The English text.</param>
    /// <returns>A label with English only.</returns>
    public static LocalizedText OfEnglish(string english) => new(new[] { new KeyValuePair<string, string>(EnglishTag, english) });

    /// <summary>The text in <paramref name="language"/> (case-insensitive tag), or the English text when that language is absent.</summary>
    /// <param name="language">The language tag, e.g. <c>fr</c>; null asks for English.</param>
    /// <returns>The text in that language, or the English text.</returns>
    public string Get(string? language) =>
        language is not null && _texts.TryGetValue(language, out var text) ? text : English;

    /// <summary>Whether a text in <paramref name="language"/> is present.</summary>
    /// <param name="language">The language tag, compared ignoring case.</param>
    /// <returns><see langword="true"/> when the label has a text in that language.</returns>
    public bool Has(string language) => _texts.ContainsKey(language);

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other)
    {
        if (other is null || other._texts.Count != _texts.Count)
        {
            return false;
        }

        foreach (var pair in _texts)
        {
            if (!other._texts.TryGetValue(pair.Key, out var text) || !string.Equals(text, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(English);

    /// <summary>Formats the label for display and logs.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;
}
