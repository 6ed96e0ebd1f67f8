using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class StoryOpeningDateTests
{
    [Theory]
    [InlineData("April 17, 2015 -- Imagine being stuck at the pier when the last ferry leaves.", "2015-04-17")]
    [InlineData("3 July 2025 – The council voted to repair the pier before winter.", "2025-07-03")]
    public void WireStyleOpeningDate(string paragraph, string date) =>
        Assert.Equal(date, PrintedDates.StoryOpeningDate([paragraph])?.ToIso());

    [Theory]
    [InlineData("The pier - which was built in 1921 - will close.")]
    [InlineData("Harbour board – a long story of delays and repairs.")]
    [InlineData("")]
    public void NoDateNoOpeningDate(string paragraph) => Assert.Null(PrintedDates.StoryOpeningDate([paragraph]));

    [Fact]
    public void OpeningDateUnderTheStorysTitleAsAHeading() =>
        Assert.Equal("2015-04-17", PrintedDates.StoryOpeningDate(
            ["Superbugs at the pier: what they are", "April 17, 2015 -- Imagine being stuck at the pier when the last ferry leaves."])?.ToIso());

    [Fact]
    public void DateInASecondParagraphAfterProseIsNoOpeningDate() =>
        Assert.Null(PrintedDates.StoryOpeningDate(
            ["The pier closed on Monday.", "April 17, 2015 -- Imagine being stuck at the pier when the last ferry leaves."]));

    [Fact]
    public void DumpWithoutAPrintedDateTakesTheStoryOpeningDate()
    {
        var story = string.Join("\n", Enumerable.Range(1, 4).Select(i =>
            $"Paragraph {i}: the harbour board met again and agreed, after a long debate, that the old pier needs a new deck before the storms."));
        var dump = string.Join("\n", "Home", "Superbugs at the pier: what they are and how you get them", "By Jane Model",
            "April 17, 2015 -- Imagine being stuck at the pier when the last ferry leaves and nobody can tell you why.", story, "© 2025 Example Media");

        Assert.Equal("2015-04-17", TextDumpExtractor.Extract(dump).Article!.Published?.ToIso());
    }
}

public class UrlDateTests
{
    [Theory]
    [InlineData("http://www.example.com/business/pier-vote/2015/03/18/ca175d64_story.html", "2015-03-18")]
    [InlineData("https://example.org/2020-1-7/pier", "2020-01-07")]
    [InlineData("https://example.org/news/2019/04/pier-vote", null)]
    [InlineData("https://example.org/2019/02/31/pier", null)]
    [InlineData("https://example.org/item/12345678", null)]
    [InlineData(null, null)]
    public void DateInTheAddress(string? url, string? date) => Assert.Equal(date, PrintedDates.UrlDate(url)?.ToIso());

    [Fact]
    public void PageWithoutAPrintedDateTakesTheDateOfItsAddress()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>The harbour board met for the {i}th time this year and agreed that the old pier needs a new deck before the winter storms arrive.</p>"));
        var html = $"""
            <html><head><title>Pier vote</title><link rel="canonical" href="https://news.example.com/local/2015/03/18/pier-vote.html"></head>
            <body><article><h1>Where does the harbour go after the pier vote?</h1><p>By Jane Model March 18 at 12:22 PM</p>{paragraphs}</article></body></html>
            """;

        Assert.Equal("2015-03-18", HtmlExtractor.Extract(html).Article!.Published?.ToIso());
    }
}
