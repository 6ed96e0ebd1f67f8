using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Ingestion;

/// <summary>Turns an extracted article into the stored columns: byline, sortable date, lead, word count, content hash.</summary>
public static class ArticleContent
{
    /// <summary>Copies an extraction into <paramref name="article"/> (new or existing: re-extraction updates in place).</summary>
    public static void Apply(Article article, ExtractedArticle extracted, DateTime nowUtc)
    {
        var body = extracted.Body;
        article.ExtractorVersion = ArticleExtractor.Version;
        article.ExtractedUtc = nowUtc;
        article.Format = extracted.Format == PageFormat.Html ? "html" : "text";
        article.Headline = Blank(extracted.Headline);
        article.Byline = extracted.Authors.Count == 0 ? null : string.Join(", ", extracted.Authors);
        article.Agency = Blank(extracted.Agency);
        article.Dateline = Blank(extracted.Dateline);
        article.DatelineAgencyCode = Blank(extracted.DatelineAgencyCode);
        article.PublishedPrinted = extracted.Published?.ToIso();
        article.PublishedSort = extracted.Published is { } published ? DateTime.SpecifyKind(published.SortKey, DateTimeKind.Utc) : null;
        article.UpdatedPrinted = extracted.Updated?.ToIso();
        article.Url = Blank(extracted.Url);
        article.Site = Blank(extracted.Site);
        article.Language = Blank(extracted.Language);
        article.Body = body;
        article.Lead = FirstSentence(extracted.Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)));
        article.WordCount = CountWords(body);
        article.ContentHash = ContentHash(extracted.Headline, extracted.Published, body);
        article.Authors.Clear();
        for (var i = 0; i < extracted.Authors.Count; i++)
            article.Authors.Add(new ArticleAuthor { Position = i, Name = extracted.Authors[i] });
        article.Captions.Clear();
        for (var i = 0; i < extracted.Captions.Count; i++)
            article.Captions.Add(new Caption { Position = i, Text = extracted.Captions[i] });
    }

    /// <summary>
    /// The same story saved twice (two dumps, HTML and text) differs in whitespace, quote styles and
    /// punctuation, so the hash is over lower-cased letter/digit words only, plus the published date
    /// (not the time: one dump may print it, the other not).
    /// </summary>
    public static string ContentHash(string? headline, PrintedTime? published, string body)
    {
        var text = new StringBuilder();
        AppendWords(text, headline ?? "");
        text.Append('\n').Append(published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append('\n');
        AppendWords(text, body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendWords(StringBuilder output, string text)
    {
        var inWord = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && output.Length > 0 && output[^1] != '\n')
                    output.Append(' ');
                output.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
                inWord = false;
        }
    }

    // Abbreviations that end in a period without ending the sentence ("Mr. Biden", "Gen. Milley").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "cmdr", "maj",
        "prof", "rev", "hon", "pres", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "est", "approx",
    };

    private const int MaxLeadLength = 400;

    /// <summary>The first sentence of a paragraph, for article lists. Long run-on sentences are cut at a word.</summary>
    public static string? FirstSentence(string? paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph))
            return null;
        var text = paragraph.Trim();
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')')
                end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
                continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '\''))
                continue;
            if (text[i] == '.' && IsAbbreviation(text, i))
                continue;
            return Cut(text[..end]);
        }
        return Cut(text);
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        var word = text[start..period];
        // Initials and dotted abbreviations: "J.", "U.S.", "a.m."
        if (word.Length == 1 || word.Contains('.'))
            return true;
        return Abbreviations.Contains(word);
    }

    private static string Cut(string sentence)
    {
        if (sentence.Length <= MaxLeadLength)
            return sentence;
        var space = sentence.LastIndexOf(' ', MaxLeadLength);
        return sentence[..(space > MaxLeadLength / 2 ? space : MaxLeadLength)] + "…";
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
