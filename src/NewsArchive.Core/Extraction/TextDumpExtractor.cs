namespace NewsArchive.Core.Extraction;

/// <summary>Extracts the article from a scraper's plain-text page dump (visible text, one block per line).</summary>
public static class TextDumpExtractor
{
    public static ExtractionResult Extract(string text) =>
        ExtractionResult.Fail("Text dump extraction is not implemented yet.");
}
