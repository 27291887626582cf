namespace ReintegrationScoring;

/// <summary>
/// The answer scales of the built-in catalog (reference section 5). Points follow the source's five-level pattern
/// (1, 0.75, 0.5, 0.25, 0) and yes/no rule; the keys are this project's.
/// </summary>
public static class RssScales
{
    /// <summary>very_satisfied 1 · satisfied 0.75 · neutral 0.5 · dissatisfied 0.25 · very_dissatisfied 0.</summary>
    public static AnswerScale Satisfaction5 { get; } = Five(
        "satisfaction5",
        ("very_satisfied", "Very satisfied", "Très satisfait(e)"),
        ("satisfied", "Satisfied", "Satisfait(e)"),
        ("neutral", "Neither satisfied nor dissatisfied", "Ni satisfait(e) ni insatisfait(e)"),
        ("dissatisfied", "Dissatisfied", "Insatisfait(e)"),
        ("very_dissatisfied", "Very dissatisfied", "Très insatisfait(e)"));

    /// <summary>very_good 1 · good 0.75 · fair 0.5 · bad 0.25 · very_bad 0.</summary>
    public static AnswerScale Quality5 { get; } = Five(
        "quality5",
        ("very_good", "Very good", "Très bon"),
        ("good", "Good", "Bon"),
        ("fair", "Fair", "Moyen"),
        ("bad", "Bad", "Mauvais"),
        ("very_bad", "Very bad", "Très mauvais"));

    /// <summary>More is better: very_often 1 · often 0.75 · sometimes 0.5 · rarely 0.25 · never 0.</summary>
    public static AnswerScale FrequencyGood5 { get; } = Five(
        "freq_good5",
        ("very_often", "Very often", "Très souvent"),
        ("often", "Often", "Souvent"),
        ("sometimes", "Sometimes", "Parfois"),
        ("rarely", "Rarely", "Rarement"),
        ("never", "Never", "Jamais"));

    /// <summary>Less is better: never 1 · rarely 0.75 · sometimes 0.5 · often 0.25 · very_often 0.</summary>
    public static AnswerScale FrequencyBad5 { get; } = Five(
        "freq_bad5",
        ("never", "Never", "Jamais"),
        ("rarely", "Rarely", "Rarement"),
        ("sometimes", "Sometimes", "Parfois"),
        ("often", "Often", "Souvent"),
        ("very_often", "Very often", "Très souvent"));

    /// <summary>strongly_agree 1 · agree 0.75 · neutral 0.5 · disagree 0.25 · strongly_disagree 0.</summary>
    public static AnswerScale Agreement5 { get; } = Five(
        "agreement5",
        ("strongly_agree", "Strongly agree", "Tout à fait d'accord"),
        ("agree", "Agree", "D'accord"),
        ("neutral", "Neither agree nor disagree", "Ni d'accord ni pas d'accord"),
        ("disagree", "Disagree", "Pas d'accord"),
        ("strongly_disagree", "Strongly disagree", "Pas du tout d'accord"));

    /// <summary>very_strong 1 · strong 0.75 · moderate 0.5 · weak 0.25 · none 0.</summary>
    public static AnswerScale Network5 { get; } = Five(
        "network5",
        ("very_strong", "Very strong network", "Réseau très solide"),
        ("strong", "Strong network", "Réseau solide"),
        ("moderate", "Moderate network", "Réseau moyen"),
        ("weak", "Weak network", "Réseau faible"),
        ("none", "No network", "Aucun réseau"));

    /// <summary>very_secure 1 · secure 0.75 · neutral 0.5 · insecure 0.25 · very_insecure 0.</summary>
    public static AnswerScale Security5 { get; } = Five(
        "security5",
        ("very_secure", "Very secure", "Très sûre"),
        ("secure", "Secure", "Sûre"),
        ("neutral", "Neither secure nor insecure", "Ni sûre ni précaire"),
        ("insecure", "Insecure", "Précaire"),
        ("very_insecure", "Very insecure, or no activity", "Très précaire, ou aucune activité"));

    /// <summary>very_safe 1 · safe 0.75 · neutral 0.5 · unsafe 0.25 · very_unsafe 0.</summary>
    public static AnswerScale Safety5 { get; } = Five(
        "safety5",
        ("very_safe", "Very safe", "Tout à fait en sécurité"),
        ("safe", "Safe", "En sécurité"),
        ("neutral", "Neither safe nor unsafe", "Ni en sécurité ni en insécurité"),
        ("unsafe", "Unsafe", "En insécurité"),
        ("very_unsafe", "Very unsafe", "En grande insécurité"));

    /// <summary>yes 1 · no 0.</summary>
    public static AnswerScale YesNo { get; } = new("yes_no", new[]
    {
        Option("yes", 1, "Yes", "Oui"),
        Option("no", 0, "No", "Non"),
    });

    /// <summary>no_debt 1 · debt_below_spending 1 · debt_above_spending 0.</summary>
    public static AnswerScale DebtRatio { get; } = new("debt_ratio", new[]
    {
        Option("no_debt", 1, "No debt", "Aucune dette"),
        Option("debt_below_spending", 1, "Debts smaller than monthly spending", "Dettes inférieures aux dépenses mensuelles"),
        Option("debt_above_spending", 0, "Debts larger than monthly spending", "Dettes supérieures aux dépenses mensuelles"),
    });

    /// <summary>all 1 · some 0.5 · none 0; the measure using it also allows not_applicable (no school-age children).</summary>
    public static AnswerScale SchoolAttendance { get; } = new("school_attendance", new[]
    {
        Option("all", 1, "All of them", "Tous"),
        Option("some", 0.5, "Some of them", "Certains"),
        Option("none", 0, "None of them", "Aucun"),
    });

    private static AnswerScale Five(string code, params (string Key, string English, string French)[] options)
    {
        var points = new[] { 1.0, 0.75, 0.5, 0.25, 0.0 };
        var list = new AnswerOption[options.Length];
        for (var i = 0; i < options.Length; i++)
        {
            list[i] = Option(options[i].Key, points[i], options[i].English, options[i].French);
        }

        return new AnswerScale(code, list);
    }

    private static AnswerOption Option(string key, double points, string english, string french) =>
        new(key, points, LocalizedText.Of(english, french));
}
