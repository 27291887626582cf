namespace ReintegrationScoring.Sample;

internal static class Program
{
    private static void Main()
    {
    }
}
