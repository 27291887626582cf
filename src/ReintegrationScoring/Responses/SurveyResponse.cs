using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring;

/// <summary>
/// One completed survey: who (an opaque id), which round, when, and one answer per measure of its catalog (absent
/// unless given). Built only through validating factories, so every answer is valid for its measure. Immutable.
/// </summary>
public sealed class SurveyResponse
{
    private readonly Answer[] _answers;

    private SurveyResponse(Catalog catalog, RespondentId respondentId, MonitoringRound round, Answer[] answers, DateTime? surveyDate, DateTime? arrivalDate)
    {
        Catalog = catalog;
        RespondentId = respondentId;
        Round = round;
        _answers = answers;
        Answers = new ReadOnlyCollection<Answer>(answers);
        SurveyDate = surveyDate?.Date;
        ArrivalDate = arrivalDate?.Date;
    }

    /// <summary>The catalog the answers refer to.</summary>
    public Catalog Catalog { get; }

    /// <summary>The respondent's opaque id.</summary>
    public RespondentId RespondentId { get; }

    /// <summary>The monitoring round.</summary>
    public MonitoringRound Round { get; }

    /// <summary>The date of the survey, if known (date part only).</summary>
    public DateTime? SurveyDate { get; }

    /// <summary>The respondent's date of arrival in the country of return, if known (date part only).</summary>
    public DateTime? ArrivalDate { get; }

    /// <summary>One answer per catalog measure, in catalog order (<see cref="Answer.Absent"/> where none was given).</summary>
    public IReadOnlyList<Answer> Answers { get; }

    internal Answer[] AnswerArray => _answers;

    /// <summary>Creates a response from (measure code, answer) pairs, in any order; measures not listed are absent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="respondentId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not defined.</exception>
    /// <exception cref="InvalidResponseException">An answer names an unknown measure, repeats one, or is invalid for it.</exception>
    /// <param name="catalog">The catalog the answers follow.</param>
    /// <param name="respondentId">The respondent's id.</param>
    /// <param name="round">The monitoring round the survey belongs to.</param>
    /// <param name="answers">The answers keyed by measure code (ignoring case), each measure at most once.</param>
    /// <param name="surveyDate">The date of the survey, when known.</param>
    /// <param name="arrivalDate">The respondent's date of arrival, when known.</param>
    /// <returns>The validated response.</returns>
    public static SurveyResponse Create(
        Catalog catalog,
        RespondentId respondentId,
        MonitoringRound round,
        IEnumerable<KeyValuePair<string, Answer>> answers,
        DateTime? surveyDate = null,
        DateTime? arrivalDate = null)
    {
        Preconditions.NotNull(answers);
        var collector = new AnswerCollector(Preconditions.NotNull(catalog));
        foreach (var pair in answers)
        {
            collector.Add(pair.Key, pair.Value);
        }

        return collector.Build(respondentId, round, surveyDate, arrivalDate);
    }

    /// <summary>Creates a response from one answer per catalog measure, in catalog order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="answersInCatalogOrder"/> is null.</exception>
    /// <exception cref="ArgumentException">The count differs from the catalog's measure count, or the id is <c>default</c>.</exception>
    /// <exception cref="InvalidResponseException">An answer is invalid for its measure.</exception>
    /// <param name="catalog">The catalog the answers follow.</param>
    /// <param name="respondentId">The respondent's id.</param>
    /// <param name="round">The monitoring round the survey belongs to.</param>
    /// <param name="answersInCatalogOrder">One answer per measure of <paramref name="catalog"/>, in the order of <see cref="Catalog.Measures"/>.</param>
    /// <param name="surveyDate">The date of the survey, when known.</param>
    /// <param name="arrivalDate">The respondent's date of arrival, when known.</param>
    /// <returns>The validated response.</returns>
    public static SurveyResponse FromAnswers(
        Catalog catalog,
        RespondentId respondentId,
        MonitoringRound round,
        IReadOnlyList<Answer> answersInCatalogOrder,
        DateTime? surveyDate = null,
        DateTime? arrivalDate = null)
    {
        Preconditions.NotNull(catalog);
        Preconditions.NotNull(answersInCatalogOrder);
        if (answersInCatalogOrder.Count != catalog.Measures.Count)
        {
            throw new ArgumentException($"Expected {catalog.Measures.Count} answers, one per catalog measure; got {answersInCatalogOrder.Count}.", nameof(answersInCatalogOrder));
        }

        // The common case, every answer valid, copies them straight; otherwise the collector lists every problem.
        var measures = catalog.Measures;
        var answers = new Answer[measures.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = answersInCatalogOrder[i];
            if (measures[i].Check(answer) != AnswerProblem.None)
            {
                return Collect(catalog, respondentId, round, answersInCatalogOrder, surveyDate, arrivalDate);
            }

            answers[i] = answer;
        }

        if (!respondentId.IsValid)
        {
            throw AnswerCollector.DefaultId(nameof(respondentId));
        }

        return new SurveyResponse(catalog, respondentId, MonitoringRounds.CheckDefined(round), answers, surveyDate, arrivalDate);
    }

    private static SurveyResponse Collect(Catalog catalog, RespondentId respondentId, MonitoringRound round, IReadOnlyList<Answer> answersInCatalogOrder, DateTime? surveyDate, DateTime? arrivalDate)
    {
        var collector = new AnswerCollector(catalog);
        for (var i = 0; i < answersInCatalogOrder.Count; i++)
        {
            collector.AddAt(i, answersInCatalogOrder[i]);
        }

        return collector.Build(respondentId, round, surveyDate, arrivalDate);
    }

    /// <summary>
    /// Creates a response from (measure code, answer text) pairs, parsing each as
    /// <see cref="Measure.TryParseAnswer(string?, out Answer)"/> does; measures not listed are absent, and so is an empty
    /// or white-space text.
    /// </summary>
    /// <param name="catalog">The catalog the codes and keys refer to.</param>
    /// <param name="respondentId">The respondent's opaque id.</param>
    /// <param name="round">The monitoring round.</param>
    /// <param name="answers">(Measure code, option key or special answer) pairs, in any order; e.g. a <c>Dictionary&lt;string, string&gt;</c>.</param>
    /// <param name="surveyDate">The date of the survey, if known.</param>
    /// <param name="arrivalDate">The date of arrival in the country of return, if known.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="respondentId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not defined.</exception>
    /// <exception cref="InvalidResponseException">Answers are invalid; every problem is listed, none with its text.</exception>
    public static SurveyResponse Parse(
        Catalog catalog,
        RespondentId respondentId,
        MonitoringRound round,
        IEnumerable<KeyValuePair<string, string>> answers,
        DateTime? surveyDate = null,
        DateTime? arrivalDate = null) =>
        TryParse(catalog, respondentId, round, answers, surveyDate, arrivalDate).Value;

    /// <summary>As <see cref="Parse"/>, returning every problem of the answers instead of throwing.</summary>
    /// <param name="catalog">The catalog the codes and keys refer to.</param>
    /// <param name="respondentId">The respondent's opaque id.</param>
    /// <param name="round">The monitoring round.</param>
    /// <param name="answers">(Measure code, option key or special answer) pairs, in any order.</param>
    /// <param name="surveyDate">The date of the survey, if known.</param>
    /// <param name="arrivalDate">The date of arrival in the country of return, if known.</param>
    /// <returns>The response, or every problem of its answers (by measure, never with the answer).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="respondentId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="round"/> is not defined.</exception>
    public static ValidationResult<SurveyResponse, ResponseProblem> TryParse(
        Catalog catalog,
        RespondentId respondentId,
        MonitoringRound round,
        IEnumerable<KeyValuePair<string, string>> answers,
        DateTime? surveyDate = null,
        DateTime? arrivalDate = null)
    {
        Preconditions.NotNull(answers);
        var collector = new AnswerCollector(Preconditions.NotNull(catalog));
        foreach (var pair in answers)
        {
            collector.AddText(pair.Key, pair.Value);
        }

        return collector.Problems.Count == 0
            ? ValidationResult<SurveyResponse, ResponseProblem>.Success(collector.Build(respondentId, round, surveyDate, arrivalDate))
            : ValidationResult<SurveyResponse, ResponseProblem>.Failure(collector.Problems, problems => new InvalidResponseException(problems));
    }

    /// <summary>The answer to the measure with <paramref name="measureCode"/> (ignoring case).</summary>
    /// <exception cref="UnknownMeasureException">The catalog has no such measure.</exception>
    /// <param name="measureCode">The measure code.</param>
    /// <returns>The answer, <see cref="Answer.Absent"/> when the measure was not answered.</returns>
    public Answer GetAnswer(string measureCode)
    {
        var index = Catalog.IndexOf(measureCode);
        if (index < 0)
        {
            ThrowHelper.UnknownMeasure(measureCode, Catalog.Id);
        }

        return _answers[index];
    }

    /// <summary>A copy of this response with the answer to one measure replaced.</summary>
    /// <exception cref="UnknownMeasureException">The catalog has no such measure.</exception>
    /// <exception cref="InvalidAnswerException">The answer is not valid for the measure.</exception>
    /// <param name="measureCode">The code of the measure whose answer is replaced.</param>
    /// <param name="answer">The new answer.</param>
    /// <returns>A new response; this one is unchanged.</returns>
    public SurveyResponse WithAnswer(string measureCode, Answer answer)
    {
        var measure = Catalog.GetMeasure(measureCode);
        var problem = measure.Check(answer);
        if (problem != AnswerProblem.None)
        {
            ThrowHelper.InvalidAnswer(measure.Code, problem);
        }

        var copy = (Answer[])_answers.Clone();
        copy[Catalog.IndexOf(measure.Code)] = answer;
        return new SurveyResponse(Catalog, RespondentId, Round, copy, SurveyDate, ArrivalDate);
    }

    /// <summary>Formats the response for logs without revealing the respondent.</summary>
    /// <returns>The round and catalog; never the respondent id or answers.</returns>
    public override string ToString() => $"SurveyResponse({Round.ToCode()}, {Catalog})";

    /// <summary>Collects answers by measure and every problem with them.</summary>
    private sealed class AnswerCollector
    {
        private readonly Catalog _catalog;
        private readonly Answer[] _answers;
        private readonly bool[] _given;
        private readonly List<ResponseProblem> _problems = new();

        public AnswerCollector(Catalog catalog)
        {
            _catalog = catalog;
            _answers = new Answer[catalog.Measures.Count];
            _given = new bool[catalog.Measures.Count];
        }

        public ReadOnlyCollection<ResponseProblem> Problems => _problems.AsReadOnly();

        public static ArgumentException DefaultId(string parameter) =>
            new("The respondent id is default; create it with new RespondentId(value).", parameter);

        public void Add(string measureCode, Answer answer)
        {
            if (TryLocate(measureCode, out var index))
            {
                Set(index, answer, _catalog.Measures[index].Check(answer));
            }
        }

        /// <summary>Adds the answer to the measure at <paramref name="index"/>: no lookup by code, each index given once.</summary>
        public void AddAt(int index, Answer answer) => Set(index, answer, _catalog.Measures[index].Check(answer));

        public void AddText(string measureCode, string? text)
        {
            if (TryLocate(measureCode, out var index))
            {
                var problem = _catalog.Measures[index].TryParseAnswer(text, out var answer, out var why) ? AnswerProblem.None : why;
                Set(index, answer, problem);
            }
        }

        public SurveyResponse Build(RespondentId respondentId, MonitoringRound round, DateTime? surveyDate, DateTime? arrivalDate)
        {
            if (!respondentId.IsValid)
            {
                throw DefaultId(nameof(respondentId));
            }

            if (_problems.Count > 0)
            {
                throw new InvalidResponseException(_problems);
            }

            return new SurveyResponse(_catalog, respondentId, MonitoringRounds.CheckDefined(round), _answers, surveyDate, arrivalDate);
        }

        private bool TryLocate(string measureCode, out int index)
        {
            index = measureCode is null ? -1 : _catalog.IndexOf(measureCode);
            var code = measureCode ?? string.Empty;
            if (index < 0)
            {
                _problems.Add(new ResponseProblem(ResponseProblemKind.UnknownMeasure, code, AnswerProblem.None, $"Measure {MessageText.Quote(code)} is not in catalog {MessageText.Quote(_catalog.Id)}."));
                return false;
            }

            if (_given[index])
            {
                var canonical = _catalog.Measures[index].Code;
                _problems.Add(new ResponseProblem(ResponseProblemKind.DuplicateMeasure, canonical, AnswerProblem.None, $"Measure {MessageText.Quote(canonical)} is answered more than once."));
                return false;
            }

            _given[index] = true;
            return true;
        }

        private void Set(int index, Answer answer, AnswerProblem problem)
        {
            if (problem == AnswerProblem.None)
            {
                _answers[index] = answer;
                return;
            }

            var code = _catalog.Measures[index].Code;
            _problems.Add(new ResponseProblem(ResponseProblemKind.InvalidAnswer, code, problem, InvalidAnswerException.Describe(code, problem)));
        }
    }
}
