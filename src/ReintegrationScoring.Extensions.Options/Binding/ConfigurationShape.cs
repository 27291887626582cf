using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace ReintegrationScoring.Extensions.Options.Binding;

/// <summary>
/// The shape of the configuration that <see cref="ReintegrationScoringOptions"/> binds: sections with known keys, lists
/// and values that must convert. It is checked before binding so that every unknown key and every value of the wrong
/// type is reported at once, where the binder stops at the first; a test keeps it equal to the options' properties.
/// </summary>
internal abstract class ConfigurationShape
{
    /// <summary>Text: anything binds.</summary>
    public static readonly ConfigurationShape Text = new ValueShape("text", _ => true);

    /// <summary>A number as the binder reads it (invariant culture, a dot before the decimals).</summary>
    public static readonly ConfigurationShape Number = new ValueShape(
        "a number (invariant culture, e.g. 0.8)",
        value => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    /// <summary>A missing-answer policy by name; the binder would also take numbers, which name nothing.</summary>
    public static readonly ConfigurationShape Policy = new ValueShape(
        "a policy: Strict, Renormalize or Zero",
        value => new[] { nameof(MissingAnswerPolicy.Strict), nameof(MissingAnswerPolicy.Renormalize), nameof(MissingAnswerPolicy.Zero) }.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>The options' section.</summary>
    public static readonly SectionShape Options = new(
        ("Catalog", new SectionShape(("BuiltIn", Text), ("File", Text))),
        ("WeightSet", new SectionShape(
            ("BuiltIn", Text),
            ("File", Text),
            ("Id", Text),
            ("Version", Text),
            ("Description", Text),
            ("Weights", new ListShape(new SectionShape(("Measure", Text), ("Dimensional", Number), ("Composite", Number)))))),
        ("MissingAnswerPolicy", Policy),
        ("MinimumCoverage", Number),
        ("BaseDirectory", Text));

    /// <summary>Adds a problem, naming its key, for each part of <paramref name="configuration"/> that does not fit this shape.</summary>
    public abstract void Check(IConfiguration configuration, List<string> problems);

    private protected static string? ValueOf(IConfiguration configuration) => (configuration as IConfigurationSection)?.Value;

    private protected static string PathOf(IConfiguration configuration) => (configuration as IConfigurationSection)?.Path ?? "(configuration root)";

    /// <summary>A single value; <paramref name="expected"/> describes what fits.</summary>
    internal sealed class ValueShape(string expected, Func<string, bool> fits) : ConfigurationShape
    {
        public override void Check(IConfiguration configuration, List<string> problems)
        {
            var value = ValueOf(configuration);
            if (configuration.GetChildren().Any())
            {
                problems.Add($"{PathOf(configuration)}: expected {expected}, found a section.");
            }
            else if (value is not null && !fits(value))
            {
                problems.Add($"{PathOf(configuration)}: not {expected}.");
            }
        }
    }

    /// <summary>A section with known keys (matched ignoring case, as the binder does).</summary>
    internal sealed class SectionShape : ConfigurationShape
    {
        private readonly string _known;

        public SectionShape(params (string Key, ConfigurationShape Shape)[] keys)
        {
            Keys = keys.ToDictionary(k => k.Key, k => k.Shape, StringComparer.OrdinalIgnoreCase);
            _known = string.Join(", ", keys.Select(k => k.Key));
        }

        public IReadOnlyDictionary<string, ConfigurationShape> Keys { get; }

        public override void Check(IConfiguration configuration, List<string> problems)
        {
            if (!string.IsNullOrEmpty(ValueOf(configuration)))
            {
                problems.Add($"{PathOf(configuration)}: expected a section with {_known}, found a value.");
                return;
            }

            foreach (var child in configuration.GetChildren())
            {
                if (Keys.TryGetValue(child.Key, out var shape))
                {
                    shape.Check(child, problems);
                }
                else
                {
                    problems.Add($"{child.Path}: unknown setting; the settings here are {_known}.");
                }
            }
        }
    }

    /// <summary>A list: entries numbered 0, 1, … (as JSON arrays and environment variables give them), each of one shape.</summary>
    internal sealed class ListShape(ConfigurationShape item) : ConfigurationShape
    {
        public ConfigurationShape Item { get; } = item;

        public override void Check(IConfiguration configuration, List<string> problems)
        {
            if (!string.IsNullOrEmpty(ValueOf(configuration)))
            {
                problems.Add($"{PathOf(configuration)}: expected a list, found a value.");
                return;
            }

            foreach (var child in configuration.GetChildren())
            {
                if (int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    Item.Check(child, problems);
                }
                else
                {
                    problems.Add($"{child.Path}: expected a list, whose entries are numbered 0, 1, …; found the key '{child.Key}'.");
                }
            }
        }
    }
}
