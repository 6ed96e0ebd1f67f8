using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>The one dateline reader that HTML pages and text dumps share.</summary>
public class DatelinesTests
{
    private const string Opening = "The council voted on Tuesday to reject the plan for a new bridge, ending a dispute that had divided the town.";

    [Theory]
    [InlineData("KHAN YOUNIS, Gaza — ", "KHAN YOUNIS, Gaza", null)]
    [InlineData("NAPA COUNTY, Calif. (KGO) -- ", "NAPA COUNTY, Calif.", "KGO")]
    [InlineData("LONDON, Jan 5 (Reuters) - ", "LONDON", "Reuters")]
    [InlineData("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - ", "SOUTHWEST MIAMI-DADE, FLA.", "WSVN")]
    [InlineData("WASHINGTON\u00A0—\u00A0", "WASHINGTON", null)]
    [InlineData("ERDEN. ", "ERDEN", null)]
    public void ReadsThePlaceAsPrinted(string dateline, string place, string? code)
    {
        var found = Datelines.Find([dateline + Opening]);
        Assert.Equal(new Datelines.Dateline(place, code), found);
    }

    [Theory]
    [InlineData("EDITOR'S NOTE — This story was corrected.")]
    [InlineData("UPDATE — The vote was moved to Friday.")]
    [InlineData("Moscow is a city in Russia — and a big one")]
    [InlineData("NASA-funded teams will fly - in June")]
    public void NewsroomTagsAndSentencesAreNoDateline(string paragraph)
    {
        Assert.Null(Datelines.Find([paragraph]));
    }

    [Fact]
    public void DatelineAboveTheStoryIsJoinedToItsFirstParagraph()
    {
        List<string> paragraphs = ["A caption under the photo.", Opening];
        var found = Datelines.Find(paragraphs, "WASHINGTON —", storyStart: 1);
        Assert.Equal("WASHINGTON", found?.Place);
        Assert.Equal("WASHINGTON — " + Opening, paragraphs[1]);
        Assert.Equal("A caption under the photo.", paragraphs[0]);
    }

    [Fact]
    public void TextAboveThatIsMoreThanADatelineIsLeftAlone()
    {
        List<string> paragraphs = [Opening];
        Assert.Null(Datelines.Find(paragraphs, "WASHINGTON — The view from the capital"));
        Assert.Equal([Opening], paragraphs);
    }

    [Fact]
    public void DatelineParagraphOfItsOwnIsJoinedToTheNext()
    {
        List<string> paragraphs = ["BERLIN (dpa) -", Opening, "Second paragraph."];
        Assert.Equal(new Datelines.Dateline("BERLIN", "dpa"), Datelines.Find(paragraphs));
        Assert.Equal(["BERLIN (dpa) - " + Opening, "Second paragraph."], paragraphs);
    }

    [Fact]
    public void HtmlReadsADatelinePrintedInAnElementBeforeTheStory()
    {
        var html = """
            <html><head><title>Council rejects bridge</title></head><body><article>
            <h1>Council rejects the plan for a new bridge</h1>
            <div class="body"><span class="dateline">SPRINGFIELD&nbsp;—&nbsp;</span><div class="text">
            <p>The council voted on Tuesday to reject the plan for a new bridge, ending a dispute that had divided the town for six years and more.</p>
            <p>Residents had asked for a crossing since the old ferry stopped running, and many of them came to the meeting to hear the vote in person.</p>
            </div></div>
            </article></body></html>
            """;
        var article = HtmlExtractor.Extract(html).Article!;
        Assert.Equal("SPRINGFIELD", article.Dateline);
        Assert.StartsWith("SPRINGFIELD", article.Paragraphs[0]);
    }

    [Fact]
    public void HtmlReadsTheFullStopForm()
    {
        var html = """
            <html><head><title>Brücke abgelehnt</title></head><body><article>
            <h1>Gemeinderat lehnt neue Brücke ab</h1>
            <p>ERDEN. Der Gemeinderat hat am Montag beschlossen, dass die neue Brücke nicht gebaut wird und die alte Brücke noch viele Jahre stehen bleibt.</p>
            <p>Die Anwohner sind mit dem Plan nicht zufrieden, weil sie seit Jahren auf eine bessere Verbindung über den Fluss gewartet haben.</p>
            </article></body></html>
            """;
        Assert.Equal("ERDEN", HtmlExtractor.Extract(html).Article!.Dateline);
    }
}
