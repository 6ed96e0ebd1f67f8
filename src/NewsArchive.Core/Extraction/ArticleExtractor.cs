namespace NewsArchive.Core.Extraction;

/// <summary>The one entry point: bytes and a file name in, an article or a reason out. Pure and deterministic.</summary>
public static class ArticleExtractor
{
    /// <summary>Bumped whenever extraction output can change, so stored pages can be re-extracted.</summary>
    public const int Version = 1;

    public static ExtractionResult Extract(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.IsEmpty)
            return ExtractionResult.Fail("The file is empty.");
        var decoded = PageDecoder.Decode(bytes);
        if (decoded.Error is { } error)
            return ExtractionResult.Fail(error);
        var text = decoded.Text!;
        try
        {
            var result = FormatDetector.LooksLikeHtml(text, fileName)
                ? HtmlExtractor.Extract(text)
                : TextDumpExtractor.Extract(text);
            return result.Article is { } article ? ExtractionResult.Ok(Entities.EntityRecognizer.Shared.Annotate(article)) : result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The extractor must never take down an import; the raw page is kept and can be re-extracted later.
            return ExtractionResult.Fail($"The extractor failed on this page ({e.GetType().Name}: {e.Message}).");
        }
    }
}
