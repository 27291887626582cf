using System.Collections.Generic;

namespace ReintegrationScoring;

/// <summary>
/// The built-in catalog: the RSS's 3 dimensions and 15 indicators as IOM's source names them, and 30 measures of which
/// 6 appear in the source's scoring table and 24 are this project's reconstruction from IOM's public descriptions
/// (see <see cref="Measure.Provenance"/>). IOM's official item list may word or split items differently; load it as a
/// custom <see cref="Catalog"/> when you hold it.
/// </summary>
public static class RssCatalog
{
    /// <summary>The built-in catalog's id.</summary>
    public const string Id = "rss-reconstructed";

    /// <summary>The built-in catalog's version.</summary>
    public const string Version = "1.0";

    /// <summary>The built-in catalog (30 measures, 15 indicators, 10 measures per dimension).</summary>
    public static Catalog Default { get; } = Build();

    private static Catalog Build()
    {
        var indicators = new List<Indicator>();
        Indicator Ind(string code, Dimension dimension, string english, string french)
        {
            var indicator = new Indicator(code, dimension, LocalizedText.Of(english, french));
            indicators.Add(indicator);
            return indicator;
        }

        var incomeSources = Ind("ECO_INCOME_SOURCES", Dimension.Economic, "Sources of income", "Sources de revenu");
        var employment = Ind("ECO_EMPLOYMENT", Dimension.Economic, "Security and suitability of employment or income-generating activity", "Sécurité et caractère approprié de l'emploi ou de l'activité génératrice de revenus");
        var debt = Ind("ECO_DEBT", Dimension.Economic, "Debt-to-spending ratio", "Ratio dettes-dépenses");
        var food = Ind("ECO_FOOD_SECURITY", Dimension.Economic, "Food security", "Sécurité alimentaire");
        var satisfaction = Ind("ECO_SATISFACTION_SELF_ASSESSMENT", Dimension.Economic, "Self-assessed satisfaction with the economic situation", "Auto-évaluation de la satisfaction quant à la situation économique");
        var housing = Ind("SOC_HOUSING", Dimension.Social, "Access to housing", "Accès au logement");
        var education = Ind("SOC_EDUCATION", Dimension.Social, "Access to education", "Accès à l'éducation");
        var justice = Ind("SOC_JUSTICE", Dimension.Social, "Access to justice", "Accès à la justice");
        var health = Ind("SOC_HEALTH", Dimension.Social, "Access to health care", "Accès à la santé");
        var publicServices = Ind("SOC_PUBLIC_SERVICES", Dimension.Social, "Access to other public services", "Accès aux autres services publics");
        var belonging = Ind("PSY_BELONGING", Dimension.Psychosocial, "Sense of belonging", "Sentiment d'appartenance");
        var participation = Ind("PSY_SOCIAL_PARTICIPATION", Dimension.Psychosocial, "Participation in social activities", "Participation à des activités sociales");
        var network = Ind("PSY_SUPPORT_NETWORK", Dimension.Psychosocial, "Ability to rely on a support network", "Faculté à faire appel à un réseau de soutien");
        var tensions = Ind("PSY_TENSIONS_CONFLICTS", Dimension.Psychosocial, "Tensions and conflicts", "Tensions et conflits");
        var distress = Ind("PSY_DISTRESS", Dimension.Psychosocial, "Signs of distress", "Signes de détresse");

        const MeasureProvenance T = MeasureProvenance.SourceTable;
        const MeasureProvenance I = MeasureProvenance.Reconstructed;
        static Measure M(string code, Indicator indicator, AnswerScale scale, MeasureProvenance provenance, string english, string french, bool allowsNotApplicable = false) =>
            new(code, indicator, scale, LocalizedText.Of(english, french), allowsNotApplicable, provenance);

        var measures = new[]
        {
            M("ECO_INCOME_ACTIVITY", incomeSources, RssScales.YesNo, I, "Do you currently have an income-generating activity (job, self-employment, business)?", "Avez-vous actuellement une activité génératrice de revenus (emploi, travail indépendant, entreprise) ?"),
            M("ECO_PRODUCTIVE_ASSETS", incomeSources, RssScales.YesNo, I, "Does your household own productive assets (land, livestock, tools, a business)?", "Votre ménage possède-t-il des actifs productifs (terres, bétail, outils, entreprise) ?"),
            M("ECO_EMPLOYMENT_ACCESS", employment, RssScales.Quality5, I, "How would you rate your access to employment and training opportunities?", "Comment évaluez-vous votre accès aux possibilités d'emploi et de formation ?"),
            M("ECO_WORK_SECURITY", employment, RssScales.Security5, I, "How secure is your main income-generating activity? (no activity = very_insecure)", "Dans quelle mesure votre principale activité génératrice de revenus est-elle sûre ? (aucune activité = very_insecure)"),
            M("ECO_BORROW_ABILITY", debt, RssScales.YesNo, T, "If you needed to, could you borrow money?", "Si vous en aviez besoin, pourriez-vous emprunter de l'argent ?"),
            M("ECO_DEBT_RATIO", debt, RssScales.DebtRatio, I, "Compared with your monthly spending, are your debts larger, smaller, or do you have none?", "Par rapport à vos dépenses mensuelles, vos dettes sont-elles plus élevées, moins élevées, ou n'en avez-vous pas ?"),
            M("ECO_FOOD_REDUCTION", food, RssScales.FrequencyBad5, I, "How often do you reduce the quantity or quality of food you eat because of its cost?", "À quelle fréquence réduisez-vous la quantité ou la qualité de la nourriture que vous consommez en raison de son coût ?"),
            M("ECO_MEALS_SKIPPED", food, RssScales.FrequencyBad5, I, "How often does someone in your household skip meals for lack of money?", "À quelle fréquence un membre de votre ménage saute-t-il des repas faute d'argent ?"),
            M("ECO_SATISFACTION", satisfaction, RssScales.Satisfaction5, T, "How satisfied are you with your current economic situation?", "Dans quelle mesure êtes-vous satisfait(e) de votre situation économique actuelle ?"),
            M("ECO_NEEDS_COVERED", satisfaction, RssScales.FrequencyGood5, I, "How often does your income cover your household's basic needs?", "À quelle fréquence vos revenus couvrent-ils les besoins essentiels de votre ménage ?"),
            M("SOC_HOUSING_ACCESS", housing, RssScales.Quality5, T, "How would you rate access to housing in your community?", "Comment évaluez-vous l'accès au logement au sein de votre communauté ?"),
            M("SOC_HOUSING_STANDARD", housing, RssScales.Quality5, I, "How would you rate the standard of the housing you live in?", "Comment évaluez-vous la qualité du logement dans lequel vous vivez ?"),
            M("SOC_EDUCATION_ACCESS", education, RssScales.Quality5, T, "How would you rate access to education in your community?", "Comment évaluez-vous l'accès à l'éducation au sein de votre communauté ?"),
            M("SOC_SCHOOL_ATTENDANCE", education, RssScales.SchoolAttendance, I, "Do the school-age children of your household attend school?", "Les enfants d'âge scolaire de votre ménage vont-ils à l'école ?", allowsNotApplicable: true),
            M("SOC_JUSTICE_ACCESS", justice, RssScales.Quality5, I, "How would you rate access to justice and law enforcement in your community?", "Comment évaluez-vous l'accès à la justice et aux forces de l'ordre au sein de votre communauté ?"),
            M("SOC_IDENTITY_DOCUMENT", justice, RssScales.YesNo, I, "Do you have at least one valid identity document?", "Possédez-vous au moins une pièce d'identité valide ?"),
            M("SOC_HEALTH_ACCESS", health, RssScales.Quality5, I, "How would you rate access to health care in your community?", "Comment évaluez-vous l'accès aux soins de santé au sein de votre communauté ?"),
            M("SOC_HEALTH_QUALITY", health, RssScales.Quality5, I, "How would you rate the quality of the health care available to you?", "Comment évaluez-vous la qualité des soins de santé auxquels vous avez accès ?"),
            M("SOC_WATER_ACCESS", publicServices, RssScales.Quality5, I, "How would you rate access to safe drinking water?", "Comment évaluez-vous l'accès à l'eau potable ?"),
            M("SOC_PUBLIC_SERVICES", publicServices, RssScales.Quality5, I, "How would you rate access to other public services (electricity, sanitation, transport)?", "Comment évaluez-vous l'accès aux autres services publics (électricité, assainissement, transports) ?"),
            M("PSY_BELONGING", belonging, RssScales.Agreement5, I, "I feel that I am part of the community where I live.", "J'ai le sentiment de faire partie de la communauté où je vis."),
            M("PSY_ABLE_TO_STAY", belonging, RssScales.Agreement5, I, "I feel able to stay and build my life in this country.", "Je me sens capable de rester et de construire ma vie dans ce pays."),
            M("PSY_SOCIAL_ACTIVITIES", participation, RssScales.FrequencyGood5, T, "How often do you take part in social activities (celebrations, community events)?", "À quelle fréquence participez-vous à des activités sociales (célébrations, événements communautaires) ?"),
            M("PSY_COMMUNITY_GROUPS", participation, RssScales.FrequencyGood5, I, "How often do you take part in community groups or associations?", "À quelle fréquence participez-vous à des groupes communautaires ou à des associations ?"),
            M("PSY_SUPPORT_NETWORK", network, RssScales.Network5, T, "How strong is the network of people you can rely on?", "Quelle est la solidité du réseau de personnes sur lesquelles vous pouvez compter ?"),
            M("PSY_HELP_AVAILABLE", network, RssScales.YesNo, I, "If you had a problem, is there someone you could turn to for help?", "Si vous aviez un problème, y a-t-il quelqu'un vers qui vous pourriez vous tourner ?"),
            M("PSY_FAMILY_TENSIONS", tensions, RssScales.FrequencyBad5, I, "How often do you experience serious tensions or conflicts with your family or community?", "À quelle fréquence vivez-vous des tensions ou des conflits graves avec votre famille ou votre communauté ?"),
            M("PSY_DISCRIMINATION", tensions, RssScales.FrequencyBad5, I, "How often have you felt discriminated against since your return?", "À quelle fréquence vous êtes-vous senti(e) victime de discrimination depuis votre retour ?"),
            M("PSY_DISTRESS", distress, RssScales.FrequencyBad5, I, "How often do you feel angry, sad, afraid, stressed or lonely, or have trouble concentrating?", "À quelle fréquence vous sentez-vous en colère, triste, effrayé(e), stressé(e) ou seul(e), ou avez-vous du mal à vous concentrer ?"),
            M("PSY_PHYSICAL_SAFETY", distress, RssScales.Safety5, I, "How physically safe do you and your family feel in your daily life?", "Dans quelle mesure vous et votre famille vous sentez-vous physiquement en sécurité au quotidien ?"),
        };

        return Catalog.Create(
            Id,
            Version,
            indicators,
            measures,
            title: LocalizedText.Of(
                "Reintegration Sustainability Survey (reconstructed catalog)",
                "Enquête sur la durabilité de la réintégration (catalogue reconstitué)"));
    }
}
