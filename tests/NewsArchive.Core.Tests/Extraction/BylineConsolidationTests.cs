using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>
/// Byline rules that the HTML pages and the text dumps share: one list of courtesy titles, one menu-entry rule.
/// </summary>
public class BylineConsolidationTests
{
    [Theory]
    [InlineData("By Miss Jane Sample", "Jane Sample")]
    [InlineData("By Mrs Jane Sample", "Jane Sample")]
    [InlineData("By Prof. Jane Sample", "Jane Sample")]
    public void EveryCourtesyTitleIsDroppedBeforeAGivenName(string text, string author)
    {
        Assert.Equal([author], Bylines.Parse(text).Authors);
    }

    [Theory]
    [InlineData("Miss H Sample")]
    [InlineData("Ms. J. R. Sample")]
    public void EveryCourtesyTitleStaysBeforeInitials(string text)
    {
        Assert.Equal([text], Bylines.Parse(text).Authors);
        Assert.True(Bylines.IsHonorificName(text));
    }

    private static readonly string Story = string.Concat(Enumerable.Range(1, 5).Select(i =>
        $"<p>The harbour board met for the {i}th time this year and agreed that the old pier needs a new deck before the winter storms arrive.</p>"));

    // The page's summary is read once: the longest of its tags, for the standfirst and for a byline that opens it alike.
    [Fact]
    public void BylineOpeningTheLongestSummaryTagIsFound()
    {
        var html = $"""
            <html><head><title>Pier repairs approved</title>
            <meta property="og:description" content="The board agreed.">
            <meta name="description" content="Posted by Jane Sample - Harbour desk  The harbour board agreed on Tuesday that the old pier needs a new deck.">
            </head><body><article><h1>Pier repairs approved</h1>{Story}</article></body></html>
            """;

        Assert.Equal(["Jane Sample"], HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Fact]
    public void StandfirstMatchingTheLongestSummaryTagLeadsTheBody()
    {
        const string standfirst = "The board agreed on Tuesday that the old pier needs a new deck before the winter storms arrive in the bay.";
        var html = $"""
            <html><head><title>Pier repairs approved</title>
            <meta property="og:description" content="The board agreed.">
            <meta name="twitter:description" content="{standfirst}">
            </head><body><header><h1>Pier repairs approved</h1><p class="dek">{standfirst}</p></header>
            <main><article>{Story}</article></main></body></html>
            """;

        Assert.Equal(standfirst, HtmlExtractor.Extract(html).Article!.Paragraphs[0]);
    }

    // A recipe site's menu right under the headline: "By Method" is an entry of it, not a credit.
    [Fact]
    public void ByEntryOfAMenuUnderTheHeadlineIsNoAuthor()
    {
        var html = $"""
            <html><head><title>Roast chicken with rice</title></head><body>
            <h1>Roast chicken with rice</h1>
            <ul><li><a href="/c/course">By Course or Type</a></li><li><a href="/c/quick">Quick Dinners</a></li>
            <li><a href="/c/method">By Method</a></li><li><a href="/c/product">By Product</a></li><li><a href="/c/soups">Soups</a></li></ul>
            <article>{Story}</article></body></html>
            """;

        Assert.Empty(HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Theory]
    [InlineData("By Quillon")]
    [InlineData("By Ela")]
    public void OneWordNameUnderTheHeadlineIsTheAuthor(string byline)
    {
        var html = $"""
            <html><head><title>Pier repairs approved</title></head><body>
            <h1>Pier repairs approved by the harbour board</h1>
            <p class="meta">{byline}</p><p>Published March 3, 2021</p>
            <article>{Story}</article></body></html>
            """;

        Assert.Equal([byline[3..]], HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Theory]
    [InlineData("Recipes\nBy Course or Type\nQuick Dinners\nBy Method\nBy Product\nSoups", true)]
    [InlineData("Filters\nType\nBy Method\nSeason\nPrice", true)]
    [InlineData("Pier repairs approved by the harbour board\nBy Ela\nMarch 3, 2021 at 10:42 am", false)]
    [InlineData("Recipes\nBy Course or Type\nQuick Dinners\nBy Jane Sample\nBy Product", false)]
    public void OneWordCreditAmongLabelsIsAMenuEntry(string page, bool menu)
    {
        var lines = page.Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith("By ") && !l.Contains("Course") && !l.Contains("Product"));
        Assert.True(Bylines.TryParseLine(lines[i], out var byline));
        Assert.Equal(menu, Bylines.IsMenuEntry(byline, lines, i, static l => l, Bylines.CountWords));
    }

    [Theory]
    [InlineData("By Method", 2)]
    [InlineData("3 min read", 2)]
    [InlineData("delta201", 1)]
    [InlineData("Facebook's page", 2)]
    public void CountsWordsAsTheTextDumpsDo(string text, int words)
    {
        Assert.Equal(words, Bylines.CountWords(text));
    }

    // "Author information" over an author box names nobody: the text dumps refuse it as a label, the HTML path alike.
    [Theory]
    [InlineData("Author information")]
    [InlineData("Author details")]
    public void AuthorBoxHeadingUnderTheHeadlineIsNoAuthor(string heading)
    {
        var html = $"""
            <html><head><title>Pier repairs approved</title></head><body>
            <h1>Pier repairs approved by the harbour board</h1>
            <p>{heading}</p><p>Published March 3, 2021</p>
            <article>{Story}</article></body></html>
            """;

        Assert.Empty(HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Theory]
    [InlineData("Author information", false)]
    [InlineData("Autor details", false)]
    [InlineData("by marc", true)]
    [InlineData("Author: delta201", true)]
    public void LowerCaseWordAfterTheNounAuthorIsAHeading(string line, bool credit)
    {
        Assert.Equal(credit, Bylines.TryParseLine(line, out var byline) && byline.Authors.Count == 1);
    }
}
