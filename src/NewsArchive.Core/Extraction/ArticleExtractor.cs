namespace NewsArchive.Core.Extraction;

/// <summary>The one entry point: bytes and a file name in, an article or a reason out. Pure and deterministic.</summary>
public static class ArticleExtractor
{
    /// <summary>Bumped whenever extraction output can change, so stored pages can be re-extracted.</summary>
    public const int Version = 2;

    /// <param name="recognizeEntities">False skips people and places (the benchmark times extraction alone).</param>
    public static ExtractionResult Extract(ReadOnlySpan<byte> bytes, string fileName, bool recognizeEntities = true)
    {
        if (bytes.IsEmpty)
            return ExtractionResult.Fail("The file is empty.");
        using var decoded = PageDecoder.DecodePooled(bytes);
        if (decoded.Error is { } error)
            return ExtractionResult.Fail(error);
        var text = decoded.Text;
        try
        {
            var result = FormatDetector.LooksLikeHtml(text.Span, fileName)
                ? HtmlExtractor.Extract(text)
                : TextDumpExtractor.Extract(text.ToString());
            if (result.Article is not { } article || !recognizeEntities)
                return result;
            return ExtractionResult.Ok(WithEntities(article));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The extractor must never take down an import; the raw page is kept and can be re-extracted later.
            return ExtractionResult.Fail($"The extractor failed on this page ({e.GetType().Name}: {e.Message}).");
        }
    }

    // A fault in entity recognition must not cost the article itself: keep it without people and places.
    private static ExtractedArticle WithEntities(ExtractedArticle article)
    {
        try
        {
            return Entities.EntityRecognizer.Shared.Annotate(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return article;
        }
    }
}
