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
}
