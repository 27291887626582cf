using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>A group of questions: one per dimension, named by the dimension's code.</summary>
internal sealed record FormGroup(string Name, FormText Label, IReadOnlyList<FormQuestion> Questions);
