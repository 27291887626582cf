using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Turns options into a scoring engine, collecting every error on the way: the one place where the validator builds
/// from options, so that what was validated is what is used. Errors name their configuration key, with the section's
/// path when the options were bound from configuration.
/// </summary>
internal static class ScoringSetup
{
    /// <summary>How to choose a weight set, for the messages that ask for one.</summary>
    public const string WeightSetChoices =
        "set WeightSet:BuiltIn to 'equal-by-indicator' (the project's provisional weights, not IOM's), WeightSet:File to a weight-set file, or inline weights (WeightSet:Id, WeightSet:Version, WeightSet:Weights).";

    /// <param name="options">The options to build from.</param>
    /// <param name="contentRoot">The host's content root, if known: where relative paths are resolved when <see cref="ReintegrationScoringOptions.BaseDirectory"/> is not set.</param>
    /// <param name="scorer">The engine and where its catalog and weights came from, when there is no error.</param>
    /// <param name="errors">Every error found, each naming its configuration key.</param>
    public static bool TryBuild(ReintegrationScoringOptions options, string? contentRoot, out BuiltScorer? scorer, out IReadOnlyList<string> errors)
    {
        scorer = null;
        if (options.BindingProblems.Count > 0)
        {
            errors = options.BindingProblems;
            return false;
        }

        var setup = new Setup(options, contentRoot);
        var scoringOptions = setup.CheckScoringOptions();
        var catalog = setup.LoadCatalog(options.Catalog ?? new CatalogOptions());
        var weightSet = catalog is null ? null : setup.LoadWeightSet(options.WeightSet ?? new WeightSetOptions(), catalog.Value.Catalog);
        if (catalog is null)
        {
            setup.Error("WeightSet", "not checked, because the catalog could not be loaded.");
        }

        errors = setup.Errors;
        if (setup.Errors.Count == 0)
        {
            scorer = new BuiltScorer(new ScoringEngine(weightSet!.Value.WeightSet, scoringOptions), catalog!.Value.Source, weightSet.Value.Source);
        }

        return scorer is not null;
    }

    /// <summary>One build: the options, where paths resolve, and the errors found so far.</summary>
    private sealed class Setup(ReintegrationScoringOptions options, string? contentRoot)
    {
        private readonly string _prefix = options.ConfigurationPath is null ? string.Empty : options.ConfigurationPath + ":";
        private readonly string _directory = options.BaseDirectory ?? contentRoot ?? AppContext.BaseDirectory;

        public List<string> Errors { get; } = new();

        public void Error(string key, string message) => Errors.Add($"{_prefix}{key}: {message}");

        public ScoringOptions? CheckScoringOptions()
        {
            var valid = true;
            if (options.MissingAnswerPolicy is not (MissingAnswerPolicy.Strict or MissingAnswerPolicy.Renormalize or MissingAnswerPolicy.Zero))
            {
                Error("MissingAnswerPolicy", $"{(int)options.MissingAnswerPolicy} is not a policy; use Strict, Renormalize or Zero.");
                valid = false;
            }

            if (!(options.MinimumCoverage >= 0.0 && options.MinimumCoverage <= 1.0))
            {
                Error("MinimumCoverage", $"{NumberText.Format(options.MinimumCoverage)} is outside [0, 1].");
                valid = false;
            }

            return valid ? new ScoringOptions { MissingAnswerPolicy = options.MissingAnswerPolicy, MinimumCoverage = options.MinimumCoverage } : null;
        }

        public (Catalog Catalog, string Source)? LoadCatalog(CatalogOptions catalog)
        {
            var hasBuiltIn = !string.IsNullOrWhiteSpace(catalog.BuiltIn);
            var hasFile = !string.IsNullOrWhiteSpace(catalog.File);
            if (hasBuiltIn && hasFile)
            {
                Error("Catalog", "set BuiltIn or File, not both.");
                return null;
            }

            if (hasFile)
            {
                return ReadFile("Catalog:File", catalog.File!, InstrumentJson.Read);
            }

            if (hasBuiltIn && !string.Equals(catalog.BuiltIn!.Trim(), RssCatalog.Id, StringComparison.OrdinalIgnoreCase))
            {
                Error("Catalog:BuiltIn", $"'{catalog.BuiltIn}' is not a built-in catalog; the built-in catalog is '{RssCatalog.Id}'.");
                return null;
            }

            return (RssCatalog.Default, "built-in");
        }

        public (WeightSet WeightSet, string Source)? LoadWeightSet(WeightSetOptions weightSet, Catalog catalog)
        {
            var hasBuiltIn = !string.IsNullOrWhiteSpace(weightSet.BuiltIn);
            var hasFile = !string.IsNullOrWhiteSpace(weightSet.File);
            var hasInline = weightSet.Id is not null || weightSet.Version is not null || weightSet.Description is not null || weightSet.Weights.Count > 0;
            var sources = new[] { (hasBuiltIn, "BuiltIn"), (hasFile, "File"), (hasInline, "inline weights") }.Where(s => s.Item1).Select(s => s.Item2).ToList();
            if (sources.Count == 0)
            {
                Error("WeightSet", "no weight set is chosen; " + WeightSetChoices);
                return null;
            }

            if (sources.Count > 1)
            {
                Error("WeightSet", $"set one of BuiltIn, File or inline weights (Id, Version, Weights); found {string.Join(", ", sources)}.");
                return null;
            }

            if (hasFile)
            {
                return ReadFile("WeightSet:File", weightSet.File!, stream => WeightSetJson.Read(stream, catalog));
            }

            if (hasInline)
            {
                var weights = weightSet.Weights.Select(w => new MeasureWeight(w?.Measure!, w?.Dimensional ?? 0, w?.Composite ?? 0));
                var inline = WeightSet.TryCreate(catalog, weightSet.Id ?? string.Empty, weightSet.Version ?? string.Empty, weights, weightSet.Description);
                Errors.AddRange(inline.Problems.Select(p => $"{_prefix}WeightSet: {p.Message}"));
                return inline.TryGetValue(out var valid)
                    ? (valid, options.ConfigurationPath is null ? "inline, configured in code" : $"inline, configuration section {_prefix}WeightSet")
                    : null;
            }

            if (BuiltInWeightSets.TryGet(weightSet.BuiltIn, catalog, out var builtIn))
            {
                return (builtIn, "built-in, the project's provisional weights, not IOM's");
            }

            Error("WeightSet:BuiltIn", $"'{weightSet.BuiltIn}' is not a built-in weight set; known: {string.Join(", ", BuiltInWeightSets.Names)}.");
            return null;
        }

        /// <remarks>Every JSON entry point reports its problems as one <see cref="RssJsonException"/>, with the core's as inner.</remarks>
        private (T Value, string Source)? ReadFile<T>(string key, string path, Func<Stream, T> read)
            where T : class
        {
            var fullPath = Path.Combine(_directory, path);
            try
            {
                using var stream = File.OpenRead(fullPath);
                return (read(stream), $"file {Path.GetFullPath(fullPath)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Error(key, $"'{path}' cannot be read: {e.Message}");
            }
            catch (RssJsonException e)
            {
                Errors.AddRange(e.Problems.Select(p => $"{_prefix}{key}: '{path}': {p.Path}: {p.Reason}"));
            }

            return null;
        }
    }
}
