using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class NonAsciiDigitsTests
{
    private static readonly string Story = HarbourStory.Paragraphs(5);

    // Patterns' \d matches the digits of every script; reading them must not throw.
    [Theory]
    [InlineData("March ٣, 2015")]
    [InlineData("Posted 2015 March ٣, ٢٠١٥")]
    [InlineData("٣ March 2015 -- The council voted to repair the pier.")]
    public void DatesInOtherScriptsDoNotThrow(string line)
    {
        var result = TextDumpExtractor.Extract(string.Join("\n", "Pier repairs approved at last", line, Story));
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void ArabicIndicDigitsReadAsDigits()
    {
        Assert.True(PrintedDates.TryParse("March ٣, 2015", out var date));
        Assert.Equal("2015-03-03", date.ToIso());
    }

    [Fact]
    public void AddressWithOtherDigitsIsNoDate()
    {
        Assert.Null(PrintedDates.UrlDate("https://example.org/2015/03/1٥/pier"));
        var html = "<html><head><meta property=\"og:url\" content=\"https://example.org/2015/03/1٥/pier\"></head><body><h1>Pier vote</h1>" +
            string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i}: the harbour board met again and agreed that the old pier needs a new deck.</p>")) + "</body></html>";
        Assert.NotNull(HtmlExtractor.Extract(html).Article);
    }

    [Theory]
    [InlineData("2015-04-17 — The council voted to repair the pier before winter.", "2015-04-17")]
    [InlineData("17-04-2015 – The council voted to repair the pier before winter.", "2015-04-17")]
    public void OpeningDateWithHyphens(string paragraph, string date) =>
        Assert.Equal(date, PrintedDates.StoryOpeningDate([paragraph])?.ToIso());

    [Fact]
    public void DatelineOverALongRunOfSpacesEndsQuickly()
    {
        var paragraph = "AB" + new string(' ', 20_000) + "— the pier";
        var started = System.Diagnostics.Stopwatch.StartNew();
        Datelines.Find([paragraph]);
        // Not a timing test of speed: a bound far above any normal run, that quadratic backtracking (tens of seconds) breaks.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("Neueste Entwicklungen am Hafen", LineKind.Text)]
    [InlineData("Neueste Nachrichten", LineKind.SectionBreak)]
    public void LatestHeadingsNeedANewsWord(string text, LineKind kind)
        => Assert.Equal(kind, DumpLineFixture.Of(text, "de").Kind);
}
