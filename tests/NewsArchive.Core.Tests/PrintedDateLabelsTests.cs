using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>The one set of date labels that HTML pages and text dumps share.</summary>
public class PrintedDateLabelsTests
{
    private static readonly string Prose = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
        $"Paragraph {i} of the story says the council voted to reject the plan for a new bridge over the river on Tuesday night."));

    [Theory]
    [InlineData("Published: Nov 8, 2023", true, false)]
    [InlineData("Veröffentlicht am 30.01.2022", true, false)]
    [InlineData("Publicado el 3 de mayo de 2021", true, false)]
    [InlineData("Last modified on Mon 20 Jan 2020 06.07 GMT", false, true)]
    [InlineData("Latest update May 6th, 2022 12:49 AM", false, true)]
    [InlineData("Aktualisiert: 01.02.2022", false, true)]
    [InlineData("Nov 8, 2023", false, false)]
    public void LabelsSayWhatTheDateIs(string text, bool published, bool updated)
    {
        Assert.Equal(published, PrintedDates.PublishedWord(text).Success);
        Assert.Equal(updated, PrintedDates.UpdatedWord(text).Success);
    }

    [Theory]
    [InlineData("Date: 19.01.2020", true)]
    [InlineData("Publié le 3 mai 2021", true)]
    [InlineData("Start date Sep 18, 2020", false)]
    public void DateLabelOpensTheLine(string text, bool expected)
    {
        Assert.Equal(expected, PrintedDates.OpensWithDateLabel(text));
    }

    [Theory]
    [InlineData("Last modified on Mon 20 Jan 2020 06.07", "2020-01-20T06:07:00")]
    [InlineData("Latest update May 6th, 2022 12:49 AM", "2022-05-06T00:49:00")]
    public void DumpReadsTheUpdateUnderAnyLabel(string line, string updated)
    {
        var result = TextDumpExtractor.Extract("Council rejects the plan for a new bridge over the river\nJanuary 20, 2020\n" + line + "\n" + Prose);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(updated, result.Article!.Updated?.ToIso());
    }

    [Fact]
    public void HtmlSkipsADateLabelledAsTheUpdate()
    {
        var html = """
            <html><head><title>Council rejects bridge</title></head><body><article>
            <h1>Council rejects the plan for a new bridge</h1>
            <p>Last modified: March 4, 2021</p>
            <p>Posted on March 2, 2021</p>
            <p>The council voted on Tuesday to reject the plan for a new bridge, ending a dispute that had divided the town for six years and more.</p>
            <p>Residents had asked for a crossing since the old ferry stopped running, and many of them came to the meeting to hear the vote in person.</p>
            </article></body></html>
            """;
        Assert.Equal("2021-03-02", HtmlExtractor.Extract(html).Article!.Published?.ToIso());
    }

    [Fact]
    public void HtmlReadsTheDateInACreditLineUnderTheHeadline()
    {
        var html = """
            <html><head><title>Council rejects bridge</title></head><body><article>
            <h1>Council rejects the plan for a new bridge</h1>
            <div class="credit"><span>By <a href="/writers/jane">Jane Model</a></span> <span>8 January 2020, 3:51 pm</span> <a href="#comments">11</a> <a href="/edit">Edit</a></div>
            <p>The council voted on Tuesday to reject the plan for a new bridge, ending a dispute that had divided the town for six years and more.</p>
            <p>Residents had asked for a crossing since the old ferry stopped running, and many of them came to the meeting to hear the vote in person.</p>
            </article></body></html>
            """;
        Assert.Equal("2020-01-08T15:51:00", HtmlExtractor.Extract(html).Article!.Published?.ToIso());
    }
}
