namespace NewsArchive.Core.Extraction;

/// <summary>Extracts the article from an HTML page: structured metadata first, then the main content by DOM scoring.</summary>
public static class HtmlExtractor
{
    public static ExtractionResult Extract(string html) =>
        ExtractionResult.Fail("HTML extraction is not implemented yet.");
}
