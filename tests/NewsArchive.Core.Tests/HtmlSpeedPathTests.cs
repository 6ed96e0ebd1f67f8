using AngleSharp.Html.Parser;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>
/// The shortcuts that keep HTML extraction fast: work skipped when the page cannot need it must still be done
/// when it can (hidden text, &lt;time&gt; outside the walked tree, class words, month-name dates).
/// </summary>
public class HtmlSpeedPathTests
{
    private static HtmlPageModel Model(string body) =>
        HtmlPageModel.Build(new HtmlParser().ParseDocument($"<html><head><title>T</title></head><body>{body}</body></html>"));

    [Theory]
    [InlineData("""<div hidden><p>Slide text</p></div>""")]
    [InlineData("""<div style="display: none"><p>Slide text</p></div>""")]
    [InlineData("""<div class="slide d-none"><p>Slide text</p></div>""")]
    [InlineData("""<div aria-hidden="true"><p>Slide text</p></div>""")]
    public void WalkNotesThatItLeftOutAHiddenElement(string hidden)
    {
        var model = Model("<p>Visible text of the page.</p>" + hidden);

        Assert.True(model.SkippedHidden);
        Assert.DoesNotContain(model.Blocks, b => b.Text == "Slide text");
        Assert.Contains(HtmlPageModel.Build(new HtmlParser().ParseDocument($"<html><body>{hidden}</body></html>"), keepHidden: true).Blocks,
            b => b.Text == "Slide text");
    }

    [Fact]
    public void WalkWithoutHiddenElementsSaysSoEvenWithSkippedChrome()
    {
        var model = Model("""<nav><a href="/">Home</a></nav><div class="slide-hiddenish"><p>Visible text.</p></div><script>var x = 1;</script>""");

        Assert.False(model.SkippedHidden);
        Assert.Contains(model.Blocks, b => b.Text == "Visible text.");
    }

    [Fact]
    public void HiddenSlideTextIsStillFoundWhenTheVisibleBodyIsShort()
    {
        const string slide = "The second gadget is a kettle that keeps the water at the temperature you chose for an hour or more.";
        var html = $"""
            <html><head><title>Three gadgets for the kitchen</title></head><body><article>
            <h1>Three gadgets for the kitchen</h1>
            <div class="slide"><p>The first gadget is a knife sharpener that sits on the counter and needs no power at all.</p></div>
            <div class="slide" style="display:none"><p>{slide}</p></div>
            <div class="slide is-hidden"><p>The third gadget is a scale that works in grams and ounces and switches off by itself.</p></div>
            </article></body></html>
            """;

        var article = HtmlExtractor.Extract(html).Article!;

        Assert.Contains(slide, article.Paragraphs);
    }

    [Fact]
    public void TimeElementOutsideTheWalkedTreeStillGivesTheDate()
    {
        // The byline sits in an <aside>, which the page model does not enter, so the <time> is found by a search of the whole tree.
        var html = """
            <html><head><title>Council approves the new bridge</title></head><body><article>
            <h1>Council approves the new bridge</h1>
            <p>The council voted on Tuesday to build a new bridge over the river, ending a debate that lasted ten years.</p>
            <p>Work is to start in the spring and the bridge should open to traffic two years later, the mayor said.</p>
            </article><aside><time datetime="2023-05-09">May 9, 2023</time></aside></body></html>
            """;

        var article = HtmlExtractor.Extract(html).Article!;

        Assert.Equal(new DateOnly(2023, 5, 9), article.Published?.Date);
    }

    [Fact]
    public void ExtractionOnSeveralThreadsAtOnceGivesTheSameArticle()
    {
        var html = """
            <html><head><title>Council approves the new bridge</title></head><body><article>
            <h1>Council approves the new bridge</h1><p class="byline">By Jane Roe</p>
            <p>The council voted on Tuesday to build a new bridge over the river, ending a debate that lasted ten years.</p>
            </article></body></html>
            """;
        var expected = HtmlExtractor.Extract(html).Article!;

        var results = new ExtractedArticle?[16];
        Parallel.For(0, results.Length, i => results[i] = HtmlExtractor.Extract(html).Article);

        Assert.All(results, a =>
        {
            Assert.Equal(expected.Headline, a!.Headline);
            Assert.Equal(expected.Paragraphs, a.Paragraphs);
            Assert.Equal(expected.Authors, a.Authors);
        });
    }

    [Theory]
    [InlineData("articleBody", 25)]
    [InlineData("post-content main", 25)]
    [InlineData("related-links sidebar", -25)]
    [InlineData("a-very-long-class-name-that-goes-on-and-on-without-any-break-at-all-thereisnobreakhereeitherjustletters articleBody", 25)]
    public void ClassWordsWeighTheElement(string cls, int weight)
    {
        var model = Model($"""<div class="{cls}"><p>Text of the block.</p></div>""");

        Assert.Equal(weight, model.Nodes.Single(n => n.Tag == "div").ClassWeight);
    }

    [Fact]
    public void ClassWordLongerThanTheBufferIsStillRead()
    {
        var model = Model($"""<div class="Author{new string('x', 70)}"><p>Text of the block.</p></div>""");

        Assert.True(model.Nodes.Single(n => n.Tag == "div").NamesByline);
    }

    [Theory]
    [InlineData("Posted in our forum by jane on March 3, 2024 at 10:15 am", 2024, 3, 3)]
    [InlineData("Sept. 14th 2019", 2019, 9, 14)]
    [InlineData("1erjuillet 2025", 2025, 7, 1)]
    [InlineData("3 de julio de 2025", 2025, 7, 3)]
    [InlineData("31. October, 2023", 2023, 10, 31)]
    [InlineData("Chapter 5 of 12, then March 2 2020", 2020, 3, 2)]
    public void MonthNameDatesParseAnywhereInTheLine(string text, int year, int month, int day)
    {
        Assert.True(PrintedDates.TryParse(text, out var value));
        Assert.Equal(new DateOnly(year, month, day), value.Date);
    }

    [Theory]
    [InlineData("Published: 10:00am, 20 Jan, 2020", 2020, 1, 20, 10, 0)]
    [InlineData("18h45 - 3 juin 2021", 2021, 6, 3, 18, 45)]
    [InlineData("9:05 PM on Jan 20, 2020", 2020, 1, 20, 21, 5)]
    public void TimeFirstDatesKeepTheirTime(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(PrintedDates.TryParse(text, out var value));
        Assert.Equal(new DateOnly(year, month, day), value.Date);
        Assert.Equal(new TimeOnly(hour, minute), value.TimeOfDay);
    }

    [Theory]
    [InlineData("Chapter 5, 2020 edition")]
    [InlineData("Room 12 Marchmont 2020")]
    [InlineData("5 comments 2020")]
    public void WordsThatAreNotMonthsGiveNoDate(string text)
    {
        Assert.False(PrintedDates.TryParse(text, out _));
    }
}
