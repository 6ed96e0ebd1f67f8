using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>One dump line with its features computed, as the text-dump extractor sees it.</summary>
internal static class DumpLineFixture
{
    public static DumpLine Of(string text, string language = "en", int occurrences = 1)
    {
        var line = new DumpLine(0, text) { Occurrences = occurrences };
        LineFeatures.Compute(line, language, null);
        return line;
    }
}
