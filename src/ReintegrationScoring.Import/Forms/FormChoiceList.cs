using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>A named list of choices that select questions share (XLSForm's <c>list_name</c>).</summary>
internal sealed record FormChoiceList(string Name, IReadOnlyList<FormChoice> Choices);
