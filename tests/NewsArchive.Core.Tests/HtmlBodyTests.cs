using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>The HTML article body: what the content search keeps and what it leaves out, on small pages of our own.</summary>
public class HtmlBodyTests
{
    private static readonly string[] Prose =
    [
        "The council met on Tuesday evening to discuss the new bridge, which has been delayed for three years, and voted to ask for fresh tenders.",
        "Residents who attended the meeting said the old crossing was unsafe, that lorries had damaged the railings, and that children walked in the road.",
        "The engineer told members that the revised design would cost less, use local stone, and could be finished before the winter floods arrive.",
        "A spokesman for the county said the money had been set aside, but that the final decision would rest with the transport committee in March.",
    ];

    private static string Paragraphs(params string[] paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    private static ExtractedArticle Extract(string html)
    {
        var result = HtmlExtractor.Extract(html);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void TableCellsWithNumbersStayInTheBody()
    {
        var html = $"""
            <html><body><article><h1>Parser speed compared</h1>
            {Paragraphs(Prose[0], Prose[1])}
            <table><tr><th>file</th><th>speed</th></tr><tr><td>gsoc-2018</td><td>0.098 GB/s</td></tr></table>
            {Paragraphs(Prose[2], Prose[3])}
            </article></body></html>
            """;
        var body = Extract(html).Body;
        Assert.Contains("gsoc-2018", body);
        Assert.Contains("0.098 GB/s", body);
    }

    [Theory]
    [InlineData("Updated: March 3, 2024 10:15 a.m. ET")]
    [InlineData("3 July 2025")]
    [InlineData("2025-07-03")]
    public void DateLinesAreNotBody(string line)
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1><p>{line}</p>
            {Paragraphs(Prose)}
            </article></body></html>
            """;
        var article = Extract(html);
        Assert.DoesNotContain(line, article.Body);
        Assert.StartsWith("The council met", article.Paragraphs[0]);
    }

    [Fact]
    public void ProseThatMentionsADownloadDoesNotEndTheBody()
    {
        var html = $"""
            <html><body><article><h1>Scraping search results</h1>
            {Paragraphs(Prose)}
            <p>That is it. You can clone or download the entire script from the repository linked above.</p>
            <p>There are also some caveats: too many requests over a short period will be blocked, which limits how fast you can go.</p>
            </article></body></html>
            """;
        Assert.Contains("There are also some caveats", Extract(html).Body);
    }

    [Fact]
    public void NewsletterPitchAfterTheArticleIsCut()
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1>
            {Paragraphs(Prose)}
            <p>Sign up for our daily newsletter to get the latest news.</p>
            </article></body></html>
            """;
        Assert.DoesNotContain("newsletter", Extract(html).Body);
    }

    [Fact]
    public void StandfirstInThePageHeaderLeadsTheBodyWhenTheDescriptionSaysTheSame()
    {
        const string standfirst = "Councillors back a cheaper stone design after three years of delays.";
        var html = $"""
            <html><head><meta name="description" content="{standfirst}"></head><body>
            <header class="article-header"><h1>Bridge plan approved</h1><p class="dek">{standfirst}</p>
            <p>A short note in the header that is not the description at all, about something else.</p></header>
            <div class="story">{Paragraphs(Prose)}</div>
            </body></html>
            """;
        var article = Extract(html);
        Assert.Equal(standfirst, article.Paragraphs[0]);
        Assert.StartsWith("The council met", article.Paragraphs[1]);
        Assert.DoesNotContain("A short note in the header", article.Body);
    }

    [Fact]
    public void WithoutAMatchingDescriptionTheHeaderStaysOut()
    {
        var html = $"""
            <html><head><meta name="description" content="Something the page never prints in its visible text at all."></head><body>
            <header class="article-header"><h1>Bridge plan approved</h1><p class="dek">Councillors back a cheaper stone design after three years of delays.</p></header>
            <div class="story">{Paragraphs(Prose)}</div>
            </body></html>
            """;
        var article = Extract(html);
        Assert.StartsWith("The council met", article.Paragraphs[0]);
        Assert.DoesNotContain("Councillors back", article.Body);
    }
}
