using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>
/// The speed refactors of HTML extraction must not change what it reads: the cheaper helpers give what the slower
/// ones gave (the regex's white-space collapsing, QuerySelector's [itemprop~=name], the culture's lower case).
/// </summary>
public class HtmlSpeedRefactorTests
{
    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("  Jane   Doe ")]
    [InlineData("Jane\u00A0Doe")]
    [InlineData("Jane\n\tDoe")]
    [InlineData("Jane \u2003Doe")]
    [InlineData("")]
    [InlineData("   ")]
    public void NormaliseCollapsesWhiteSpaceAsTheRegexDid(string text)
    {
        var expected = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

        Assert.Equal(expected.Length == 0 ? null : expected, HtmlExtractor.Normalise(text));
    }

    [Fact]
    public void BylineNameElementIsFoundByTheWalkInDocumentOrder()
    {
        // The first element whose itemprop holds the word "name", as [itemprop~=name] selects it: not "givenName".
        var html = """
            <html><body><article><h1>Storm closes the harbour road</h1>
            <div class="byline" itemprop="author"><span itemprop="givenName jobTitle">Reporter</span> <span itemprop="url name">Jane Doe</span></div>
            <p>The harbour road was closed on Tuesday after the storm washed part of the sea wall away, the council said.</p>
            <p>Repairs are expected to take several weeks, and a detour runs through the old town until they are done.</p>
            </article></body></html>
            """;

        var article = HtmlExtractor.Extract(html).Article!;

        Assert.Equal(new[] { "Jane Doe" }, article.Authors);
    }

    private const string Story =
        "<p>The harbour road was closed on Tuesday after the storm washed part of the sea wall away, the council said.</p>"
        + "<p>Repairs are expected to take several weeks, and a detour runs through the old town until they are done.</p>";

    [Theory]
    // Curly quotes and dashes take the short way to lower case; other letters (é, İ) the culture's mapping.
    [InlineData("“The wall held for a century — until now,” said the harbour master on Tuesday evening.", "“THE WALL HELD FOR A CENTURY — UNTIL NOW,” SAID THE HARBOUR MASTER ON TUESDAY EVENING.")]
    [InlineData("The café near the pier will stay closed while the engineers inspect the sea wall.", "THE CAFÉ NEAR THE PIER WILL STAY CLOSED WHILE THE ENGINEERS INSPECT THE SEA WALL.")]
    public void ParagraphRepeatedInAnotherCaseIsKeptOnce(string paragraph, string shouted)
    {
        var html = $"<html><body><article><h1>Storm closes the harbour road</h1>{Story}<p>{paragraph}</p><p>{shouted}</p></article></body></html>";

        var body = HtmlExtractor.Extract(html).Article!.Paragraphs;

        Assert.Single(body, p => p == paragraph);
        Assert.DoesNotContain(shouted, body);
    }

    [Fact]
    public void PageWrappedInAFormKeepsItsStoryAndASearchFormIsLeftOut()
    {
        var html = $"""
            <html><body><form action="/page"><div><article><h1>Storm closes the harbour road</h1>{Story}</article></div></form>
            <form action="/search"><div>Search the archive by keyword and date</div></form></body></html>
            """;

        var body = HtmlExtractor.Extract(html).Article!.Paragraphs;

        Assert.Contains(body, p => p.StartsWith("The harbour road was closed", StringComparison.Ordinal));
        Assert.DoesNotContain(body, p => p.Contains("Search the archive", StringComparison.Ordinal));
    }

    [Fact]
    public void PageParsedFromPartOfALongerBufferEndsWhereThePageEnds()
    {
        const string story = "The harbour board agreed on Tuesday that the old pier needs a new deck before the winter storms arrive, "
            + "and work will start in March once the money from the regional fund has been paid.";
        var page = $"<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1><p>{story}</p></article></body></html>";
        // What a pooled buffer holds after the page: text an earlier, longer page left behind.
        var buffer = (page + "<p>Stale paragraph from the page decoded before this one, which must never show up in this article.</p>").ToCharArray();

        var article = HtmlExtractor.Extract(buffer.AsMemory(0, page.Length)).Article!;

        Assert.Equal([story], article.Paragraphs);
    }

    [Fact]
    public void PagesExtractedOneAfterAnotherDoNotShareText()
    {
        static byte[] Page(string headline, string story) => System.Text.Encoding.UTF8.GetBytes(
            $"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1><p>{story}</p></article></body></html>");
        var longStory = string.Join(" ", Enumerable.Repeat("The council met for a long evening and argued about the budget of the ferry service.", 40));
        const string shortStory = "The ferry to the island will run twice a day from Monday, the operator said in a statement on its website.";

        var first = ArticleExtractor.Extract(Page("Council argues over ferry budget", longStory), "first.html", recognizeEntities: false).Article!;
        var second = ArticleExtractor.Extract(Page("Ferry to run twice a day", shortStory), "second.html", recognizeEntities: false).Article!;

        Assert.Equal([longStory], first.Paragraphs);
        Assert.Equal([shortStory], second.Paragraphs);
        Assert.Equal("Ferry to run twice a day", second.Headline);
    }
}
