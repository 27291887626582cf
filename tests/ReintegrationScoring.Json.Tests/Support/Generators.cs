using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ReintegrationScoring.Json.Tests;

/// <summary>FsCheck generators of valid catalogs, weight sets, responses and results.</summary>
internal static class Generators
{
    private static readonly string[] Texts =
    {
        "Yes", "Oui", "C'est \"ça\"", "back\\slash", "line\nbreak", "tab\there", "日本語", "😀 emoji", "</script>", "  padded  ", "&amp; <b>",
    };

    private static readonly string[] Languages = { "fr", "ar", "es", "pt-BR", "prs" };

    public static Gen<double> UnitDouble =>
        Gen.OneOf(Gen.Elements(0.0, 1.0, 0.5, 0.1, 1.0 / 3), Gen.Choose(0, int.MaxValue).Select(i => i / (double)int.MaxValue));

    public static Gen<LocalizedText> Label =>
        from english in Gen.Elements(Texts)
        from others in Gen.SubListOf(Languages)
        from texts in Gen.ArrayOf(Gen.Elements(Texts), others.Count)
        select new LocalizedText(new[] { new KeyValuePair<string, string>("en", english) }.Concat(others.Zip(texts, (l, t) => new KeyValuePair<string, string>(l, t))));

    public static Gen<AnswerScale> Scale(int index) =>
        from count in Gen.Choose(1, 5)
        from points in Gen.ArrayOf(UnitDouble, count)
        from labels in Gen.ArrayOf(Label, count)
        select new AnswerScale("scale_" + index, Enumerable.Range(0, count).Select(i => new AnswerOption("option_" + i, points[i], labels[i])));

    public static Gen<Catalog> Catalog =>
        from scaleCount in Gen.Choose(1, 3)
        from scales in Gen.CollectToList(Enumerable.Range(0, scaleCount), Scale)
        from indicatorsPerDimension in Gen.ArrayOf(Gen.Choose(1, 2), 3)
        let indicatorSpecs = Dimensions.All.SelectMany(d => Enumerable.Range(0, indicatorsPerDimension[(int)d]).Select(i => (Dimension: d, Code: d.ToCode().ToUpperInvariant() + "_" + i))).ToList()
        from indicatorLabels in Gen.ArrayOf(Label, indicatorSpecs.Count)
        let indicators = indicatorSpecs.Select((s, i) => new Indicator(s.Code, s.Dimension, indicatorLabels[i])).ToList()
        from measuresPerIndicator in Gen.ArrayOf(Gen.Choose(1, 2), indicators.Count)
        let measureSpecs = indicators.SelectMany((ind, i) => Enumerable.Range(0, measuresPerIndicator[i]).Select(m => (Indicator: ind, Code: ind.Code + "_M" + m))).ToList()
        from measureScales in Gen.ArrayOf(Gen.Choose(0, scaleCount - 1), measureSpecs.Count)
        from measureLabels in Gen.ArrayOf(Label, measureSpecs.Count)
        from allowsNotApplicable in Gen.ArrayOf(Gen.Elements(true, false), measureSpecs.Count)
        from provenance in Gen.ArrayOf(Gen.Elements(MeasureProvenance.Custom, MeasureProvenance.SourceTable, MeasureProvenance.Reconstructed), measureSpecs.Count)
        from dimensionLabels in Gen.ArrayOf(Label, 3)
        from title in Label
        from id in Gen.Elements("custom", "iom-official", "programme x", "é-instrument")
        from version in Gen.Elements("1", "2026.1", "v 3")
        select ReintegrationScoring.Catalog.Create(
            id,
            version,
            indicators,
            measureSpecs.Select((s, i) => new Measure(s.Code, s.Indicator, scales[measureScales[i]], measureLabels[i], allowsNotApplicable[i], provenance[i])),
            Dimensions.All.Select(d => new DimensionDefinition(d, dimensionLabels[(int)d])),
            title);

    public static Gen<WeightSet> WeightSetFor(Catalog catalog) =>
        from dimensional in Gen.ArrayOf(Gen.Choose(1, 1000), catalog.Measures.Count)
        from composite in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 1000))), catalog.Measures.Count)
        from description in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(Texts).Select(t => (string?)t))
        from id in Gen.Elements("w", "my-programme-2026", "poids é")
        select WeightSet.Create(
            catalog,
            id,
            "1",
            catalog.Measures.Select((m, i) => new MeasureWeight(m.Code, dimensional[i] / 7.0, (composite[i] + 1) / 3.0)),
            description,
            WeightNormalization.RescaleToOne);

    public static Gen<Answer> AnswerFor(Measure measure) =>
        Gen.OneOf(
            Gen.Elements(new[] { Answer.Absent, Answer.DontKnow, Answer.Refused }.Concat(measure.AllowsNotApplicable ? new[] { Answer.NotApplicable } : Array.Empty<Answer>()).ToArray()),
            Gen.Choose(0, measure.Scale.Options.Count - 1).Select(Answer.Option));

    public static Gen<DateTime?> Date =>
        Gen.OneOf(Gen.Constant<DateTime?>(null), Gen.Choose(0, 20000).Select(d => (DateTime?)new DateTime(2000, 1, 1).AddDays(d)));

    public static Gen<SurveyResponse> ResponseFor(Catalog catalog) =>
        from id in Gen.Elements("R-1", "Ünïcødé 42", "  spaced id ", "\"quoted\"", "a/b\\c")
        from round in Gen.Elements(MonitoringRounds.All.ToArray())
        from answers in Gen.CollectToList(catalog.Measures, AnswerFor)
        from surveyDate in Date
        from arrivalDate in Date
        select SurveyResponse.FromAnswers(catalog, new RespondentId(id), round, answers, surveyDate, arrivalDate);

    public static Gen<ScoringOptions> Options =>
        from policy in Gen.Elements(MissingAnswerPolicy.Strict, MissingAnswerPolicy.Renormalize, MissingAnswerPolicy.Zero)
        from coverage in UnitDouble
        select new ScoringOptions { MissingAnswerPolicy = policy, MinimumCoverage = coverage };

    public static Gen<StoredScoreResult> Result =>
        from catalog in Gen.OneOf(Gen.Constant(RssCatalog.Default), Catalog)
        from weights in WeightSetFor(catalog)
        from options in Options
        from response in ResponseFor(catalog)
        from breakdown in Gen.Elements(true, false)
        select StoredScoreResult.From(new ScoringEngine(weights, options).Score(response), breakdown);
}
