using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>List-, table- and code-shaped article content in text dumps, and the lines that close an article.</summary>
public class TextDumpBodyShapesTests
{
    private static DumpLine Line(string text) => DumpLineFixture.Of(text);

    private static string Body(string dump) => string.Join("\n", TextDumpExtractor.Extract(dump).Article!.Paragraphs);

    private const string Menu = "Home\nNews\nSport\nWeather\nOur Complete Harbour Guide\nContact\n";

    private const string Footer = "Newsletter\n© 2025 Example Media. All rights reserved.\n";

    private const string Opening =
        "The city council voted on Tuesday to rebuild the old harbour pier, setting aside more than two million for the work, which is expected to start in the spring and to last for most of the coming year.\n" +
        "Council members said the pier had been closed to the public since a winter storm damaged its pilings, and that ferry operators had complained for months about the longer routes they were forced to take.\n";

    private const string Closing =
        "The mayor told reporters that the vote was the first step in a wider plan for the waterfront, which also includes a new promenade, a small market hall and better lighting along the quay.\n" +
        "Work on the promenade is due to begin once the pier is finished, and the market hall should open in time for the summer season of the following year, the council said.\n";

    [Fact]
    public void PullQuotePrintedTwiceStaysInTheBody()
    {
        const string quote = "“We have waited long enough for this pier, and the whole town will use it again,” the harbour master said.";
        var dump = Menu + "Harbour pier to be rebuilt\n" + Opening + quote + "\n" + Closing + quote + "\n" + Footer;
        var body = Body(dump);
        Assert.Contains(quote, body);
        Assert.Contains("first step in a wider plan", body);
    }

    [Fact]
    public void CodeListingPrintedTwiceStaysInTheBody()
    {
        const string listing = "def pier_length(sections):\nreturn sum(s.length for s in sections)\n";
        var dump = Menu + "Measuring the pier in Python\n" + Opening + listing + Closing + listing +
            "The same function works for the promenade too, since it is made of sections in exactly the same way as the pier, and the council publishes their lengths every year.\n" + Footer;
        var body = Body(dump);
        Assert.Contains("return sum(s.length for s in sections)", body);
        Assert.Contains("The same function works for the promenade", body);
    }

    [Fact]
    public void MenuEntryRepeatedInsideTheBodyIsNotKept()
    {
        // "Our Complete Harbour Guide" is a menu entry that the page also prints as a lone link between two paragraphs.
        var dump = Menu + "Harbour pier to be rebuilt\n" + Opening + "Our Complete Harbour Guide\n" + Closing + Footer;
        var body = Body(dump);
        Assert.Contains("first step in a wider plan", body);
        Assert.DoesNotContain("Our Complete Harbour Guide", body);
    }

    [Fact]
    public void OptionsTableKeepsItsCellsAndItsFirstRows()
    {
        var table =
            "Match Settings\n" +
            "Half Length\nChoose how many minutes you want each half of the match to last before the break.\n4 minutes\n5 minutes\n6 minutes\n8 minutes\n10 minutes\n" +
            "Difficulty\nBased on your skill, set the difficulty level of the opponent you will face in every match.\nBeginner\nAmateur\nDefault\n" +
            "Radar\nToggles the pitch radar on and off, and lets you choose between a flat and a tilted view of it.\nOn\nOff\nDefault\n" +
            "Replays\nChoose whether the game shows a replay after every goal or only after the most important ones.\nOn\nOff\nDefault\n";
        var dump = Menu + "Game settings explained\n" + table + Footer;
        var body = Body(dump);
        Assert.Contains("Choose how many minutes you want each half", body);
        Assert.Contains("5 minutes", body);
        Assert.Contains("Choose whether the game shows a replay", body);
    }

    [Theory]
    [InlineData("More Great Example Stories", LineKind.SectionBreak)]
    [InlineData("More News", LineKind.SectionBreak)]
    [InlineData("Related posts:", LineKind.SectionBreak)]
    [InlineData("Neueste Artikel", LineKind.SectionBreak)]
    [InlineData("Últimas noticias", LineKind.SectionBreak)]
    [InlineData("Lesermeinungen", LineKind.SectionBreak)]
    [InlineData("More than forty boats use the harbour every day", LineKind.Text)]
    public void OtherStoriesHeadings(string text, LineKind kind) => Assert.Equal(kind, Line(text).Kind);

    [Theory]
    [InlineData("Next articleHarbour pier to be rebuilt after the winter storms", LineKind.Furniture)]
    [InlineData("Vorheriger Artikel++ Wetter in der Region: mild, aber ungemütlich ++", LineKind.Furniture)]
    [InlineData("Article précédentLe port rouvre ses portes aux ferries cet été", LineKind.Furniture)]
    [InlineData("Older residents remember the pier before the storm of 1987", LineKind.Text)]
    public void LinksToTheNeighbouringStoryAreFurniture(string text, LineKind kind) => Assert.Equal(kind, Line(text).Kind);

    [Fact]
    public void AuthorBoxHeadingNamesNobody()
    {
        Assert.NotEqual(LineKind.Byline, Line("Author information").Kind);
        Assert.Equal(LineKind.Byline, Line("By Jane Model").Kind);
    }

    [Fact]
    public void ProseAfterTheRightsNoticeIsNotTheArticle()
    {
        // A hidden dialog that the dump prints after the footer, longer than the story itself.
        var dialog = string.Concat(Enumerable.Range(1, 4).Select(n =>
            $"The harbour museum's programme number {n} takes visitors through the history of the port, from the first wooden jetty built by the fishermen to the steel pier that the council is now planning to replace, with models, maps and photographs lent by families who have lived on the quay for generations.\n"));
        var dump = Menu + "Harbour pier to be rebuilt\n" + Opening + Closing + "© 2025 Example Media. All rights reserved.\n" + dialog;
        var body = Body(dump);
        Assert.Contains("first step in a wider plan", body);
        Assert.DoesNotContain("harbour museum's programme", body);
    }

    [Fact]
    public void ArticleGoesOnAfterABoxWithOneSentenceCaseTitle()
    {
        // The box's one teaser title reads like a sentence and sits right above the story's next paragraph.
        const string next =
            "“But at least let us try a temporary landing stage on the eastern side, and watch very carefully what happens to the ferry timetables before we decide anything else,” the harbour master told the meeting.";
        var dump = Menu + "Harbour pier to be rebuilt\n" + Opening + Closing +
            "Read more\nFerry operators warn of longer crossings over the winter\n" + next + "\n" + Footer;
        Assert.Contains("temporary landing stage", Body(dump));
    }

    [Fact]
    public void ReadMoreUnderEveryTeaserMarksAList()
    {
        string Teaser(string topic) =>
            $"The {topic} story\nEvery winter the {topic} becomes the talk of the quay again, and this year the council has promised a full report on it before the spring, with costs, drawings and a timetable for the work that everybody can read.\nRead More\n";
        var dump = Menu + "Harbour pier to be rebuilt\n" + Opening + Closing + "Keep reading\n" +
            Teaser("lighthouse") + Teaser("fish market") + Teaser("promenade") + Footer;
        var body = Body(dump);
        Assert.Contains("first step in a wider plan", body);
        Assert.DoesNotContain("the fish market becomes", body);
        Assert.DoesNotContain("the promenade becomes", body);
    }

    [Fact]
    public void TableOfContentsDoesNotCutTheIntroductionOff()
    {
        const string intro = "In this guide, I’ll explain how the harbour board decides which ferries may use the pier and when.";
        string[] parts = ["Part 1: Who Sits On The Harbour Board", "Part 2: How Ferry Slots Are Shared Out", "Part 3: What Happens In A Storm", "Part 4: How To Appeal A Decision"];
        var toc = string.Concat(parts.Select(p => p + "\n"));
        var sections = string.Concat(parts.Select((p, n) => p + "\n" +
            $"For question {n + 1}, the board meets in the old customs house, and its minutes are published on the notice board by the quay the week after, so that every ferry operator can see what was decided and why.\n"));
        var dump = Menu + "How the harbour board works\n" + intro + "\n" + toc + sections + Footer;
        var body = Body(dump);
        Assert.Contains(intro, body);
        Assert.Contains("minutes are published", body);
    }
}
