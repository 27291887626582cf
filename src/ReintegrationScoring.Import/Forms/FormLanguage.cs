using System;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// One language of a form: the language tag that selects the catalog's labels (<c>en</c>, <c>fr</c>, <c>ar</c>) and
/// the name that form tools show in their language menu. XLSForm columns and XForm translations are named
/// <see cref="Header"/>, e.g. <c>label::Français (fr)</c>.
/// </summary>
public sealed class FormLanguage : IEquatable<FormLanguage>
{
    /// <summary>Creates a language.</summary>
    /// <param name="tag">The language tag of the catalog's labels: letters, digits and '-', e.g. <c>fr</c> or <c>pt-BR</c>.</param>
    /// <param name="name">The name shown to enumerators, e.g. <c>Français</c>; no parentheses or ':'.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The tag or the name is blank or has characters that XLSForm headers cannot carry.</exception>
    public FormLanguage(string tag, string name)
    {
        Tag = Preconditions.NotBlank(tag, nameof(tag)).Trim();
        Name = Preconditions.NotBlank(name, nameof(name)).Trim();
        foreach (var c in Tag)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw new ArgumentException("A language tag has only ASCII letters, digits and '-'.", nameof(tag));
            }
        }

        if (Name.AsSpan().IndexOfAny("():") >= 0)
        {
            throw new ArgumentException("A language name has no parentheses or ':' (XLSForm headers use them as separators).", nameof(name));
        }
    }

    /// <summary>English, the catalog's required language: <c>English (en)</c>.</summary>
    public static FormLanguage English { get; } = new(LocalizedText.EnglishTag, "English");

    /// <summary>French: <c>Français (fr)</c>.</summary>
    public static FormLanguage French { get; } = new(LocalizedText.FrenchTag, "Français");

    /// <summary>The language tag, e.g. <c>fr</c>.</summary>
    public string Tag { get; }

    /// <summary>The name shown to enumerators, e.g. <c>Français</c>.</summary>
    public string Name { get; }

    /// <summary>The name as XLSForm columns and XForm translations carry it: <c>Name (tag)</c>, e.g. <c>Français (fr)</c>.</summary>
    public string Header => $"{Name} ({Tag})";

    /// <summary>
    /// Parses <c>TAG</c> or <c>TAG=Name</c> (as <c>rss form --lang</c> takes them): <c>en</c> and <c>fr</c> are named
    /// <c>English</c> and <c>Français</c>; another tag without a name is named by its tag.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The tag or the name is blank or malformed.</exception>
    /// <param name="text">The language as <c>TAG</c> or <c>TAG=Name</c>, e.g. <c>fr</c> or <c>pt=Português</c>.</param>
    /// <returns>The language, with its tag and display name.</returns>
    public static FormLanguage Parse(string text)
    {
        Preconditions.NotNull(text, nameof(text));
        var separator = text.IndexOf('=', StringComparison.Ordinal);
        if (separator >= 0)
        {
            return new FormLanguage(text[..separator], text[(separator + 1)..]);
        }

        var tag = text.Trim();
        return tag.ToLowerInvariant() switch
        {
            LocalizedText.EnglishTag => English,
            LocalizedText.FrenchTag => French,
            _ => new FormLanguage(tag, tag),
        };
    }

    /// <inheritdoc/>
    public bool Equals(FormLanguage? other) =>
        other is not null && string.Equals(Tag, other.Tag, StringComparison.OrdinalIgnoreCase) && Name == other.Name;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FormLanguage);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Tag);

    /// <summary>Formats the language for display and logs.</summary>
    /// <returns>The <see cref="Header"/>.</returns>
    public override string ToString() => Header;
}
