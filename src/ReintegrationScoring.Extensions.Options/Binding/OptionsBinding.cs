using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace ReintegrationScoring.Extensions.Options.Binding;

/// <summary>
/// Binds <see cref="ReintegrationScoringOptions"/> from configuration with the binder's source generator (no reflection:
/// trimming- and AOT-safe), after checking the whole section against <see cref="ConfigurationShape.Options"/>. What
/// does not fit is recorded on the options, not thrown, so that the validator reports it with its key and every other
/// problem at once.
/// </summary>
internal static class OptionsBinding
{
    public static void Bind(IConfiguration configuration, ReintegrationScoringOptions options)
    {
        var section = configuration as IConfigurationSection;
        var problems = new List<string>();
        if (section is not null && !section.Exists())
        {
            problems.Add($"{section.Path}: the configuration section is missing or empty; it must choose the weight set: {ScoringSetup.WeightSetChoices}");
        }
        else
        {
            ConfigurationShape.Options.Check(configuration, problems);
        }

        options.ConfigurationPath = section?.Path;
        options.BindingProblems = problems;
        if (problems.Count == 0)
        {
            // Intercepted by the generated binder; unknown keys stay errors should the shape above ever lag behind.
            configuration.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
    }
}
