namespace NewsArchive.Core.Extraction;

/// <summary>Tells an HTML page from a plain-text page dump, by content first and file name second.</summary>
public static class FormatDetector
{
    public static bool LooksLikeHtml(string text, string fileName) => LooksLikeHtml(text.AsSpan(), fileName);

    public static bool LooksLikeHtml(ReadOnlySpan<char> text, string fileName)
    {
        var head = text[..Math.Min(text.Length, 4096)].TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase))
            return true;
        var ext = Path.GetExtension(fileName);
        var namedHtml = ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase);
        if (head.Contains("<head", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase))
            return true;
        return namedHtml && head.StartsWith("<");
    }
}
