using System;
using System.Collections.Generic;
using ReintegrationScoring.Analysis.Cohorts;
using ReintegrationScoring.Analysis.Tests.Support;
using Xunit;

namespace ReintegrationScoring.Analysis.Tests;

public class CohortSurveyTests
{
    [Fact]
    public void Constructor_AnotherSurveysAttributes_AreSharedNotCopied()
    {
        var first = Cohort.Survey("R1", MonitoringRound.Initial, 1, ("country", "IRQ"), ("sex", "f"));

        var second = new CohortSurvey(Cohort.Survey("R2", MonitoringRound.Final, 2).Result, first.Attributes);

        Assert.Same(first.Attributes, second.Attributes);
        Assert.Equal("IRQ", second.AttributeValue("COUNTRY"));
    }

    [Fact]
    public void Constructor_CallersDictionary_IsCopiedSoLaterChangesDoNotReachTheSurvey()
    {
        var attributes = new Dictionary<string, string> { ["country"] = "IRQ" };
        var survey = new CohortSurvey(Cohort.Survey("R1", MonitoringRound.Initial, 1).Result, attributes);

        attributes["country"] = "NGA";

        Assert.NotSame(attributes, survey.Attributes);
        Assert.Equal("IRQ", survey.AttributeValue("country"));
    }

    [Fact]
    public void GroupKeyOf_SameSurveyOtherNames_GivesEachNamesOwnKey()
    {
        var survey = Cohort.Survey("R1", MonitoringRound.Initial, 1, ("country", " IRQ "), ("sex", "f"));

        Assert.Equal(new[] { "IRQ" }, GroupKey.Of(survey, new[] { "country" }).Values);
        Assert.Equal(new[] { "f", "IRQ" }, GroupKey.Of(survey, new[] { "SEX", "country" }).Values);
        Assert.Equal(new[] { "IRQ" }, GroupKey.Of(survey, new[] { "Country" }).Values);
        Assert.Equal(new[] { string.Empty }, GroupKey.Of(survey, new[] { "assistance" }).Values);
    }

    [Fact]
    public void GroupKeyOf_NamesListChangedBetweenCalls_FollowsTheChange()
    {
        // Regression: the key a survey remembers must be for the names asked now, not for the list object asked before.
        var survey = Cohort.Survey("R1", MonitoringRound.Initial, 1, ("country", "IRQ"), ("sex", "f"));
        var names = new List<string> { "country" };
        Assert.Equal(new[] { "IRQ" }, GroupKey.Of(survey, names).Values);

        names[0] = "sex";

        Assert.Equal(new[] { "f" }, GroupKey.Of(survey, names).Values);
    }

    [Fact]
    public void GroupKey_EqualValues_EqualKeysAndHashes_WhateverHowMade()
    {
        var survey = Cohort.Survey("R1", MonitoringRound.Initial, 1, ("country", "IRQ"));

        var fromSurvey = GroupKey.Of(survey, new[] { "country" });
        var fromValues = GroupKey.FromValues(new[] { " IRQ" });

        Assert.Equal(fromValues, fromSurvey);
        Assert.Equal(fromValues.GetHashCode(), fromSurvey.GetHashCode());
        Assert.NotEqual(GroupKey.FromValues(new[] { "IRQ", string.Empty }), fromSurvey);
        Assert.Throws<ArgumentException>(() => new CohortSurvey(survey.Result, new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = "1", ["A"] = "2" }));
    }
}
