using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class HtmlStoryHeadingTests
{
    [Fact]
    public void SectionTitleInTheH1GivesWayToTheStoryHeadingTheTitleTagRepeats()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>The harbour board met for the {i}th time this year and agreed that the old pier needs a new deck before the winter storms arrive.</p>"));
        var html = $"""
            <html><head><title>Superbugs at the pier: what they are and how you get them</title></head>
            <body><header><h1>Information and Resources</h1></header>
            <article><h2>Superbugs at the pier: what they are and how you get them</h2>{paragraphs}</article></body></html>
            """;

        var article = HtmlExtractor.Extract(html).Article!;
        Assert.Equal("Superbugs at the pier: what they are and how you get them", article.Headline);
        Assert.DoesNotContain("Superbugs", article.Paragraphs[0]);
    }

    [Fact]
    public void H1AboutTheSameStoryStaysTheHeadline()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>The harbour board met for the {i}th time this year and agreed that the old pier needs a new deck before the winter storms arrive.</p>"));
        var html = $"""
            <html><head><title>Harbour pier to be rebuilt | Example News</title></head>
            <body><article><h1>Harbour pier to be rebuilt after the storm</h1><h2>Harbour pier to be rebuilt</h2>{paragraphs}</article></body></html>
            """;

        Assert.Equal("Harbour pier to be rebuilt after the storm", HtmlExtractor.Extract(html).Article!.Headline);
    }
}
