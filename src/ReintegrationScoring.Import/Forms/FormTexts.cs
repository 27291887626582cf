namespace ReintegrationScoring.Import;

/// <summary>
/// The form's own texts (the catalog has the measures', options' and dimensions'): in English and French. The round
/// labels follow the source's names of the visits (<i>suivi initial, intermédiaire, final</i>) and their timing.
/// </summary>
internal static class FormTexts
{
    public static readonly LocalizedText RespondentIdLabel = LocalizedText.Of("Respondent ID", "Identifiant du répondant");

    public static readonly LocalizedText RespondentIdHint = LocalizedText.Of(
        "The programme's identifier of the returnee, as in the case file. Never a name.",
        "L'identifiant du migrant de retour attribué par le programme, tel qu'au dossier. Jamais un nom.");

    public static readonly LocalizedText RoundLabel = LocalizedText.Of("Monitoring round", "Visite de suivi");

    public static readonly LocalizedText RoundHint = LocalizedText.Of(
        "Which monitoring visit this interview is.",
        "La visite de suivi à laquelle correspond cet entretien.");

    public static readonly LocalizedText InitialRound = LocalizedText.Of("Initial (soon after return)", "Suivi initial (peu après le retour)");

    public static readonly LocalizedText IntermediateRound = LocalizedText.Of(
        "Intermediate (6–9 months after arrival)",
        "Suivi intermédiaire (6 à 9 mois après l'arrivée)");

    public static readonly LocalizedText FinalRound = LocalizedText.Of("Final (12–18 months after arrival)", "Suivi final (12 à 18 mois après l'arrivée)");

    public static readonly LocalizedText SurveyDateLabel = LocalizedText.Of("Date of the interview", "Date de l'entretien");

    public static readonly LocalizedText SurveyDateMessage = LocalizedText.Of("The date cannot be in the future.", "La date ne peut pas être dans le futur.");

    public static readonly LocalizedText AnswerRequired = LocalizedText.Of(
        "An answer is required: choose \"Don't know\" or \"Refused to answer\" when the respondent cannot or will not answer.",
        "Une réponse est requise : choisissez « Ne sait pas » ou « Refuse de répondre » si la personne ne peut pas ou ne veut pas répondre.");

    public static readonly LocalizedText NotApplicable = LocalizedText.Of("Not applicable", "Sans objet");

    public static readonly LocalizedText DontKnow = LocalizedText.Of("Don't know", "Ne sait pas");

    public static readonly LocalizedText Refused = LocalizedText.Of("Refused to answer", "Refuse de répondre");
}
