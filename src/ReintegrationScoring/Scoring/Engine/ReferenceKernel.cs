namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// The kernel that defines the results: for each measure in visiting order, its answer's <see cref="AnswerTerm"/> added to
/// the sums of its dimension's score and of the composite, then each score finished by the <see cref="ScoreRules"/>. The
/// only kernel of the netstandard2.0 build, the one explanations use, and the oracle every accelerator is tested against.
/// </summary>
internal sealed class ReferenceKernel : ScoringKernel
{
    public const string KernelName = "reference";

    private readonly EngineTables _tables;
    private readonly ScoreRules _rules;

    public ReferenceKernel(EngineTables tables, ScoreRules rules)
    {
        _tables = tables;
        _rules = rules;
    }

    public override string Name => KernelName;

    protected override int MeasureCount => _tables.MeasureCount;

    public override ScoreSet Score(Answer[] answers, int offset, int responseIndex)
    {
        var totals = Accumulate(answers, offset, responseIndex);
        return _rules.Finish(in totals);
    }

    /// <summary>The sums of the four scores of the answers at <paramref name="offset"/>.</summary>
    public ResponseTotals Accumulate(Answer[] answers, int offset, int responseIndex)
    {
        var tables = _tables;
        var measures = tables.Catalog.Measures;
        var totals = default(ResponseTotals);
        for (var position = 0; position < tables.MeasureCount; position++)
        {
            var index = tables.Order[position];
            var term = tables.Term(position, answers[offset + index].Code);
            if (!term.IsValid)
            {
                tables.ThrowFirstInvalid(answers, offset, responseIndex);
            }

            ResponseTotals.Of(ref totals, measures[index].Dimension).Add(term.DimensionPoints, term.DimensionAnswered, term.DimensionApplicable, term.IsMissing);
            totals.Composite.Add(term.CompositePoints, term.CompositeAnswered, term.CompositeApplicable, term.IsMissing);
        }

        return totals;
    }
}
