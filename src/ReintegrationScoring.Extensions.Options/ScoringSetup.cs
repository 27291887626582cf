using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Options;
using ReintegrationScoring.Json;

namespace ReintegrationScoring.Extensions.Options;

/// <summary>
/// Turns options into a scoring engine, collecting every error on the way: the one place where the validator and the
/// service factory build from options, so that what was validated is what is built.
/// </summary>
internal static class ScoringSetup
{
    public static ScoringEngine Build(ReintegrationScoringOptions options, string? contentRoot) =>
        TryBuild(options, contentRoot, out var engine, out var errors)
            ? engine!
            : throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(ReintegrationScoringOptions), errors);

    /// <param name="options">The options to build from.</param>
    /// <param name="contentRoot">The host's content root, if known: where relative paths are resolved when <see cref="ReintegrationScoringOptions.BaseDirectory"/> is not set.</param>
    /// <param name="engine">The engine, when there is no error.</param>
    /// <param name="errors">Every error found, each naming its configuration key.</param>
    public static bool TryBuild(ReintegrationScoringOptions options, string? contentRoot, out ScoringEngine? engine, out IReadOnlyList<string> errors)
    {
        var found = new List<string>();
        var directory = options.BaseDirectory ?? contentRoot ?? AppContext.BaseDirectory;
        var scoringOptions = CheckScoringOptions(options, found);
        var catalog = LoadCatalog(options.Catalog ?? new CatalogOptions(), directory, found);
        var weightSet = catalog is null ? null : LoadWeightSet(options.WeightSet ?? new WeightSetOptions(), catalog, directory, found);
        if (catalog is null)
        {
            found.Add("WeightSet: not checked, because the catalog could not be loaded.");
        }

        errors = found;
        engine = found.Count == 0 ? new ScoringEngine(weightSet!, scoringOptions) : null;
        return engine is not null;
    }

    private static ScoringOptions? CheckScoringOptions(ReintegrationScoringOptions options, List<string> errors)
    {
        var valid = true;
        if (options.MissingAnswerPolicy is not (MissingAnswerPolicy.Strict or MissingAnswerPolicy.Renormalize or MissingAnswerPolicy.Zero))
        {
            errors.Add($"MissingAnswerPolicy: {(int)options.MissingAnswerPolicy} is not a policy; use Strict, Renormalize or Zero.");
            valid = false;
        }

        if (!(options.MinimumCoverage >= 0.0 && options.MinimumCoverage <= 1.0))
        {
            errors.Add($"MinimumCoverage: {options.MinimumCoverage.ToString("R", CultureInfo.InvariantCulture)} is outside [0, 1].");
            valid = false;
        }

        return valid ? new ScoringOptions { MissingAnswerPolicy = options.MissingAnswerPolicy, MinimumCoverage = options.MinimumCoverage } : null;
    }

    private static Catalog? LoadCatalog(CatalogOptions options, string directory, List<string> errors)
    {
        var hasBuiltIn = !string.IsNullOrWhiteSpace(options.BuiltIn);
        var hasFile = !string.IsNullOrWhiteSpace(options.File);
        if (hasBuiltIn && hasFile)
        {
            errors.Add("Catalog: set BuiltIn or File, not both.");
            return null;
        }

        if (hasFile)
        {
            return ReadFile("Catalog:File", options.File!, directory, errors, InstrumentJson.Read, (InvalidCatalogException e) => e.Problems.Select(p => p.Message));
        }

        if (hasBuiltIn && !string.Equals(options.BuiltIn!.Trim(), RssCatalog.Id, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Catalog:BuiltIn: '{options.BuiltIn}' is not a built-in catalog; the built-in catalog is '{RssCatalog.Id}'.");
            return null;
        }

        return RssCatalog.Default;
    }

    private static WeightSet? LoadWeightSet(WeightSetOptions options, Catalog catalog, string directory, List<string> errors)
    {
        var hasBuiltIn = !string.IsNullOrWhiteSpace(options.BuiltIn);
        var hasFile = !string.IsNullOrWhiteSpace(options.File);
        var hasInline = options.Id is not null || options.Version is not null || options.Description is not null || options.Weights.Count > 0;
        var sources = new[] { (hasBuiltIn, "BuiltIn"), (hasFile, "File"), (hasInline, "inline weights") }.Where(s => s.Item1).Select(s => s.Item2).ToList();
        if (sources.Count > 1)
        {
            errors.Add($"WeightSet: set one of BuiltIn, File or inline weights (Id, Version, Weights); found {string.Join(", ", sources)}.");
            return null;
        }

        if (hasFile)
        {
            return ReadFile("WeightSet:File", options.File!, directory, errors, stream => WeightSetJson.Read(stream, catalog), (InvalidWeightSetException e) => e.Problems.Select(p => p.Message));
        }

        if (hasInline)
        {
            var weights = options.Weights.Select(w => new MeasureWeight(w?.Measure!, w?.Dimensional ?? 0, w?.Composite ?? 0));
            var inline = WeightSet.TryCreate(catalog, options.Id ?? string.Empty, options.Version ?? string.Empty, weights, options.Description);
            errors.AddRange(inline.Problems.Select(p => "WeightSet: " + p.Message));
            return inline.ValueOrNull;
        }

        var name = hasBuiltIn ? options.BuiltIn : BuiltInWeightSets.EqualByIndicatorId;
        if (BuiltInWeightSets.TryGet(name, catalog, out var builtIn))
        {
            return builtIn;
        }

        errors.Add($"WeightSet:BuiltIn: '{name}' is not a built-in weight set; known: {string.Join(", ", BuiltInWeightSets.Names)}.");
        return null;
    }

    private static T? ReadFile<T, TException>(string key, string path, string directory, List<string> errors, Func<Stream, T> read, Func<TException, IEnumerable<string>> problems)
        where T : class
        where TException : Exception
    {
        var fullPath = Path.Combine(directory, path);
        try
        {
            using var stream = File.OpenRead(fullPath);
            return read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{key}: '{path}' cannot be read: {e.Message}");
        }
        catch (RssJsonException e)
        {
            errors.AddRange(e.Problems.Select(p => $"{key}: '{path}': {p.Path}: {p.Reason}"));
        }
        catch (TException e)
        {
            errors.AddRange(problems(e).Select(message => $"{key}: '{path}': {message}"));
        }

        return null;
    }
}
