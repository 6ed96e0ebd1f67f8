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

    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
        $"<p>The harbour board met for the {i}th time this year and agreed that the old pier needs a new deck before the winter storms arrive.</p>"));

    [Fact]
    public void LogoInAnEarlierH1GivesWayToTheStoryH1()
    {
        var html = $"""
            <html><head><title>Harbour - Pier to be rebuilt after the storm - Example 24</title>
            <meta property="og:title" content="Harbour - Pier to be rebuilt after the storm"></head>
            <body><header><h1><a href="/en/">Example 24 - International news 24/7</a></h1></header>
            <article><h1 class="title">Pier to be rebuilt after the storm</h1>{Paragraphs}</article></body></html>
            """;

        Assert.Equal("Pier to be rebuilt after the storm", HtmlExtractor.Extract(html).Article!.Headline);
    }

    [Fact]
    public void UnspacedChineseH1WinsOverTheTitleTagThatHoldsIt()
    {
        var html = $"""
            <html><head><title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网</title></head>
            <body><article><h1 id="articleTitle">宇航员在太空中喝酒会怎么样？后果很严重</h1>{Paragraphs}</article></body></html>
            """;

        Assert.Equal("宇航员在太空中喝酒会怎么样？后果很严重", HtmlExtractor.Extract(html).Article!.Headline);
    }

    [Fact]
    public void ShortLabelThatOpensTheTitleIsNoStoryHeading()
    {
        var html = $"""
            <html><head><title>Live updates: storm hits the harbour coast overnight</title></head>
            <body><header><h1>Weather</h1></header><article><h2>Live updates</h2>{Paragraphs}</article></body></html>
            """;

        Assert.NotEqual("Live updates", HtmlExtractor.Extract(html).Article!.Headline);
    }
}
