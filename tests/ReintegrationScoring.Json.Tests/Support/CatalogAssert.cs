using Xunit;

namespace ReintegrationScoring.Json.Tests;

internal static class CatalogAssert
{
    /// <summary>Catalogs have no value equality of their own; this compares everything an instrument file holds.</summary>
    public static bool SameDefinition(Catalog expected, Catalog actual) =>
        expected.Id == actual.Id
        && expected.Version == actual.Version
        && expected.Title.Equals(actual.Title)
        && System.Linq.Enumerable.SequenceEqual(expected.Dimensions, actual.Dimensions)
        && System.Linq.Enumerable.SequenceEqual(expected.Indicators, actual.Indicators)
        && System.Linq.Enumerable.SequenceEqual(expected.Measures, actual.Measures);

    public static void Same(Catalog expected, Catalog actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Dimensions, actual.Dimensions);
        Assert.Equal(expected.Indicators, actual.Indicators);
        Assert.Equal(expected.Measures, actual.Measures);
    }
}
