using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ReintegrationScoring.CohortGenerator;

/// <summary>
/// Writes a deterministic synthetic RSS cohort as the CSV that <c>rss score</c> reads: <c>respondent_id</c>,
/// <c>round</c>, the columns a real export would carry (<c>survey_date</c>, and the attributes <c>country</c>,
/// <c>sex</c>, <c>return_type</c>, <c>assistance_type</c> that <c>rss summarize --by</c> groups on), then the 30
/// measures of the built-in catalog. The data are synthetic: no figure describes real people.
/// </summary>
/// <remarks>
/// Each respondent has a latent level of reintegration per dimension (a common level plus a dimension offset) that
/// moves by a personal trend from round to round; every answer is that level plus noise, coded to the nearest option,
/// so answers within a dimension are correlated and later rounds score higher on average. About 35% of households
/// have no school-age children (<c>not_applicable</c> for school attendance); a respondent with no income-generating
/// activity answers <c>very_insecure</c> for work security. Some respondents miss the intermediate (10%) or final (15%)
/// round. Attributes have effects that the cohort analysis makes visible: a country offset on every dimension (lower in
/// AFG and SOM), a forced return 0.06 lower at arrival, women 0.04 lower on the economic dimension; the assistance type
/// adds to the trend of the dimensions it targets (economic, psychosocial, or all three for comprehensive assistance;
/// none for no assistance). The panel thins out: about 40% miss the intermediate round and 50% the final one, so most
/// respondents are seen at the first visit only, as in real monitoring. Missing answers are <c>dont_know</c> (45%), empty (35%) or <c>refused</c> (20%), twice as frequent for half of
/// the respondents. Rows are grouped by respondent, rounds in order.
/// </remarks>
public sealed class CohortWriter
{
    private static readonly string[] Countries = { "AFG", "ETH", "IRQ", "SEN", "SOM" };
    private static readonly double[] CountryOffsets = { -0.05, 0.0, 0.04, 0.02, -0.06 };
    private static readonly string[] Sexes = { "female", "male" };
    private static readonly string[] ReturnTypes = { "voluntary", "forced" };
    private static readonly string[] AssistanceTypes = { "none", "economic", "psychosocial", "comprehensive" };
    private static readonly DateTime FirstArrival = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly int[] RoundDays = { 30, 225, 450 };

    private readonly Catalog _catalog = RssCatalog.Default;
    private readonly CohortOptions _options;
    private readonly Random _random;
    private readonly int _incomeActivity;
    private readonly int _workSecurity;

    /// <summary>Prepares a writer; each instance writes its cohort once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public CohortWriter(CohortOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        _random = new Random(options.Seed);
        _incomeActivity = _catalog.IndexOf("ECO_INCOME_ACTIVITY");
        _workSecurity = _catalog.IndexOf("ECO_WORK_SECURITY");
    }

    /// <summary>The header row's column names.</summary>
    public IReadOnlyList<string> Columns =>
        new[] { "respondent_id", "round", "survey_date", "country", "sex", "return_type", "assistance_type" }.Concat(_catalog.Measures.Select(m => m.Code)).ToArray();

    /// <summary>Writes the header and <see cref="CohortOptions.Rows"/> data rows, with <c>\n</c> line ends.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        var idWidth = Math.Max(5, _options.Rows.ToString(CultureInfo.InvariantCulture).Length);
        var cells = new string[_catalog.Measures.Count];
        var written = 0;
        for (var respondent = 1; written < _options.Rows; respondent++)
        {
            var country = _random.Next(Countries.Length);
            var sex = _random.NextDouble() < 0.35 ? 0 : 1;
            var returnType = _random.NextDouble() < 0.7 ? 0 : 1;
            var assistance = _random.Next(AssistanceTypes.Length);
            var person = Respondent.Draw(_random, _options.MissingShare, new Profile(CountryOffsets[country], sex == 0, returnType == 1, assistance));
            var id = "R" + respondent.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth, '0');
            var attributes = string.Join(',', Countries[country], Sexes[sex], ReturnTypes[returnType], AssistanceTypes[assistance]);
            for (var round = 0; round < RoundDays.Length && written < _options.Rows; round++)
            {
                if ((round == 1 && _random.NextDouble() < 0.40) || (round == 2 && _random.NextDouble() < 0.50))
                {
                    continue;
                }

                Answer(person, round, cells);
                var date = person.Arrival.AddDays(RoundDays[round] + _random.Next(-20, 21));
                writer.Write(id);
                writer.Write(',');
                writer.Write(MonitoringRounds.All[round].ToCode());
                writer.Write(',');
                writer.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(attributes);
                foreach (var cell in cells)
                {
                    writer.Write(',');
                    writer.Write(cell);
                }

                writer.Write('\n');
                written++;
            }
        }
    }

    private void Answer(Respondent person, int round, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var measure = _catalog.Measures[i];
            var level = Math.Clamp(person.Level(measure.Dimension, round) + Normal(0, 0.18), 0, 1);
            cells[i] = measure.AllowsNotApplicable && !person.HasSchoolChildren
                ? ReintegrationScoring.Answer.NotApplicableKey
                : Option(measure, level);
            if (i == _workSecurity && cells[_incomeActivity] == "no")
            {
                cells[i] = measure.Scale.Options[^1].Key;
            }

            if (_random.NextDouble() < person.MissingRate)
            {
                var kind = _random.NextDouble();
                cells[i] = kind < 0.45 ? ReintegrationScoring.Answer.DontKnowKey : kind < 0.80 ? string.Empty : ReintegrationScoring.Answer.RefusedKey;
            }
        }
    }

    /// <summary>The option whose points are nearest to <paramref name="level"/>; a yes/no answer is drawn with P(yes) = level.</summary>
    private string Option(Measure measure, double level)
    {
        var options = measure.Scale.Options;
        if (options.Count == 2)
        {
            return _random.NextDouble() < level ? options[0].Key : options[1].Key;
        }

        var best = 0;
        for (var i = 1; i < options.Count; i++)
        {
            var distance = Math.Abs(options[i].Points - level);
            var bestDistance = Math.Abs(options[best].Points - level);

            // Options with equal points (no debt, debt below spending) are chosen evenly.
            if (distance < bestDistance || (distance == bestDistance && _random.Next(2) == 0))
            {
                best = i;
            }
        }

        return options[best].Key;
    }

    private double Normal(double mean, double deviation)
    {
        // Box-Muller: deterministic for a given seed, unlike any shared generator.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    private sealed class Respondent
    {
        private readonly double _common;
        private readonly double[] _offsets = new double[3];
        private readonly double[] _boosts = new double[3];
        private readonly double _trend;

        private Respondent(Random random, double missingShare, Profile profile)
        {
            double Normal(double mean, double deviation) =>
                mean + (deviation * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble()));

            _common = Math.Clamp(Normal(0.45, 0.15) + profile.CountryOffset - (profile.Forced ? 0.06 : 0), 0.05, 0.9);
            for (var d = 0; d < _offsets.Length; d++)
            {
                _offsets[d] = Normal(0, 0.1);
                _boosts[d] = profile.Assistance == 3 || (profile.Assistance == 1 && d == 0) || (profile.Assistance == 2 && d == 2) ? 0.05 : 0;
            }

            if (profile.Female)
            {
                _offsets[0] -= 0.04;
            }

            _trend = Normal(profile.Assistance == 0 ? 0.03 : 0.06, 0.05);
            HasSchoolChildren = random.NextDouble() < 0.65;
            MissingRate = Math.Min(1, missingShare * (random.NextDouble() < 0.5 ? 0.5 : 1.5));
            Arrival = FirstArrival.AddDays(random.Next(366));
        }

        public bool HasSchoolChildren { get; }

        public double MissingRate { get; }

        public DateTime Arrival { get; }

        public static Respondent Draw(Random random, double missingShare, Profile profile) => new(random, missingShare, profile);

        public double Level(Dimension dimension, int round) =>
            Math.Clamp(_common + _offsets[(int)dimension] + (round * (_trend + _boosts[(int)dimension])), 0, 1);
    }

    /// <summary>The attributes that shift a respondent's levels.</summary>
    private readonly record struct Profile(double CountryOffset, bool Female, bool Forced, int Assistance);
}
