using System;
using System.Globalization;
using System.IO;
using System.Text;
using ReintegrationScoring.CohortGenerator;

// Usage: dotnet run --project samples/ReintegrationScoring.CohortGenerator -- [--rows N] [--seed S] [--missing-share P] [--out FILE]
var options = new CohortOptions();
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--rows":
            options = options with { Rows = int.Parse(Value(), CultureInfo.InvariantCulture) };
            break;
        case "--seed":
            options = options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) };
            break;
        case "--missing-share":
            options = options with { MissingShare = double.Parse(Value(), CultureInfo.InvariantCulture) };
            break;
        case "--out":
            output = Value();
            break;
        default:
            Console.Error.WriteLine("usage: cohort-generator [--rows N (1200; e.g. 1000000 for benchmarks)] [--seed S (2026)] [--missing-share P (0.01)] [--out FILE]");
            return 2;
    }
}

var generator = new CohortWriter(options);
using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
generator.Write(writer);
return 0;
