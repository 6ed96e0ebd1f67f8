using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>Headline, dates and dateline of a text dump: the lines around where the story starts.</summary>
public class TextDumpHeadTests
{
    private static readonly string Prose = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
        $"Paragraph {i} of the story explains what the council decided and why the residents of the town were not happy with it."));

    private static ExtractedArticle Extract(string text)
    {
        var result = TextDumpExtractor.Extract(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void HeadlineRepeatedInAMostReadListStillBeatsItsStandfirst()
    {
        const string headline = "Council rejects plan for a new bridge over the river";
        var text = "Menu\nLOCAL NEWS\n" + headline + "\n" +
                   "Residents fought the crossing for six years and won\n" +
                   "The mayor speaks at the council meeting on Tuesday evening in the town hall. (Jane Roe/Town Gazette)\n" +
                   "By JOHN DOE | jdoe@example.com\n" +
                   "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.\n" + Prose +
                   "\nMost Popular\n" + headline + "\n" + headline + "\nSchool board votes on the new budget\n" + headline;
        Assert.Equal(headline, Extract(text).Headline);
    }

    [Fact]
    public void PhotoCaptionWithItsCreditAfterADashIsNotTheHeadline()
    {
        // The caption sits right above the date line, where a headline would; its credit says what it is.
        var text = "Menu\nCouncil rejects plan for a new bridge over the river\nResidents fought the crossing for six years\nCopy link\n" +
                   "The mayor (centre) speaks at the council meeting on Tuesday evening - Jane Roe/Town Gazette\n" +
                   "21.dez.2018 às 12h55\n" + Prose;
        var article = Extract(text);
        Assert.Equal("Council rejects plan for a new bridge over the river", article.Headline);
        Assert.Equal("2018-12-21T12:55:00", article.Published?.ToIso());
    }

    [Fact]
    public void HeadlineAboveAStandfirstAboveTheAuthorAndDate()
    {
        // The standfirst sits right above the stack, and the body repeats it as a sentence.
        var text = "CULTURE\nFOOD\nVIDEO\nDespite everything, bridge traffic fell in 2019\n" +
                   "Car trips have been falling slowly over the past ten years\n" +
                   "JANE MILLER\nJANUARY 10, 2020 9:00AM (UTC)\n" +
                   "Car trips have been falling slowly over the past ten years. The council now counts half as many as it did in 2009.\n" + Prose;
        Assert.Equal("Despite everything, bridge traffic fell in 2019", Extract(text).Headline);
    }

    [Fact]
    public void TwoWordHeadlineUnderItsDate()
    {
        var text = "ON POINT\nSTATE OF OUR NATION\nLABOUR MATTERS\nHome\nEditors Pick\nPosted on April 29, 2022\nBridge challenge\nArticle by\nnewsdesk\n" + Prose;
        Assert.Equal("Bridge challenge", Extract(text).Headline);
    }

    [Fact]
    public void TwoWordMenuEntriesAreNotHeadlines()
    {
        var text = "Home\nLocal News\nTop Stories\nBridge Fund\n" + Prose;
        Assert.NotEqual("Bridge Fund", Extract(text).Headline);
    }

    [Fact]
    public void HeadlineAboveALongSharePanel()
    {
        var networks = new[] { "Facebook", "Messenger", "Twitter", "Email", "WhatsApp", "LinkedIn", "Pinterest" };
        var panel = string.Join("\n", Enumerable.Range(0, 6).SelectMany(_ => networks.Select(n => "Share this with " + n)));
        var text = "World\nUS & Canada\nCouncil rejects plan for a new bridge over the river\n10 April 2020\n" + panel +
                   "\nClose share panel\nMedia playback is unsupported on your device\n" + Prose;
        var a = Extract(text);
        Assert.Equal("Council rejects plan for a new bridge over the river", a.Headline);
        Assert.Equal("2020-04-10", a.Published?.ToIso());
    }

    [Fact]
    public void TeaserUnderRelatedIsNotTheHeadline()
    {
        var text = "Latest stories\nCouncil Rejects Plan For New Bridge Over The River\nInvestment\nApril 26, 2022\nWritten by: Jane Miller\n" +
                   "Related\nSchool Board Invites Parents To Budget Meeting\nRelated\nMayor Says Residents Must Be Heard On Every Plan\n" + Prose;
        Assert.Equal("Council Rejects Plan For New Bridge Over The River", Extract(text).Headline);
    }

    [Fact]
    public void HeadlineTakenInAsTheFirstBodyLine()
    {
        // Nothing above the body but a caption and a column name: the body finder's first line is the headline.
        var text = "The mayor speaks at the council meeting on Tuesday evening in the town hall. Photo: AP\nOpinion\n" +
                   "Why the council was right to reject the plan for a new bridge over the river\n" +
                   "While both sides argued for years, the council listened to the residents and decided against the crossing in the end\n" + Prose;
        Assert.Equal("Why the council was right to reject the plan for a new bridge over the river", Extract(text).Headline);
    }

    [Fact]
    public void FormPlaceholdersAndPhotoCreditsAreNotHeadlines()
    {
        var text = "— Select a file to import —\nCouncil rejects plan for a new bridge over the river\nCare of Riverside Associates LLC\nBy\nJane Miller\nPublished Nov 8, 2023\n" +
                   "We rely on your support to make local news available to all\nMake your contribution now and help us thrive in 2023. Donate today\n" + Prose;
        Assert.Equal("Council rejects plan for a new bridge over the river", Extract(text).Headline);
    }

    [Fact]
    public void DateUnderTheHeadlineBeatsTheBannerDate()
    {
        var text = "Friday, January 20th 2023\nHome\nNews\nBREAKING\nCouncil rejects plan for a new bridge over the river\n" +
                   "Local Published On May 10, 2022 01:52 PM\n" + Prose;
        Assert.Equal("2022-05-10T13:52:00", Extract(text).Published?.ToIso());
    }

    [Fact]
    public void LabelledPublishedLineBeatsOtherDatesNearTheHeadline()
    {
        var text = "Thursday, November 9th 2023\nCouncil rejects plan for a new bridge over the river\n" +
                   "Town Gazette letters to the editor for Jan. 17, 2022\nBy LETTERS TO THE EDITOR |\n" +
                   "PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m.\n" + Prose;
        var a = Extract(text);
        Assert.Equal("2023-01-16T16:30:00", a.Published?.ToIso());
        Assert.Equal("2023-01-17T03:58:00", a.Updated?.ToIso());
    }

    [Fact]
    public void DatePrintedJustAboveTheHeadline()
    {
        var text = "Home\nPodcast\nTown Gazette February 24, 2020, 7:57 AM\nCouncil rejects plan for a new bridge over the river\nShare\nTweet\n" + Prose;
        Assert.Equal("2020-02-24T07:57:00", Extract(text).Published?.ToIso());
    }

    [Fact]
    public void OnlyAnUpdatedDateStandsInForThePublishedOne()
    {
        var text = "Council rejects plan for a new bridge over the river\nTown Gazette\nUpdated: January 16, 2020\n" + Prose;
        var a = Extract(text);
        Assert.Equal("2020-01-16", a.Published?.ToIso());
        Assert.Equal("2020-01-16", a.Updated?.ToIso());
    }

    [Fact]
    public void UpdatedThenOriginallyCreatedOnOneLine()
    {
        var text = "Council rejects plan for a new bridge over the river\nLast updated 04 Jun 2020, originally created 17 Jun 2019\n" + Prose;
        var a = Extract(text);
        Assert.Equal("2019-06-17", a.Published?.ToIso());
        Assert.Equal("2020-06-04", a.Updated?.ToIso());
    }

    [Fact]
    public void LabelledDateInTheBlockAfterTheStory()
    {
        // A long story: the block is far below where the story starts.
        var story = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Paragraph {i} tells the council's reasons and what the residents of the town said about them."));
        var text = "Germany\nCouncil rejects plan for a new bridge over the river\n" + story +
                   "\nAudios and videos on the topic\nDate 19.01.2020\nAuthor Jane Miller\nPermalink https://example.com/p/3WRPd";
        Assert.Equal("2020-01-19", Extract(text).Published?.ToIso());
    }

    [Fact]
    public void GermanCreatedOnLabelBeatsTeaserDates()
    {
        var text = "Skispringen live\n01.02.2022 16:28\nGemeinderat lehnt neue Brücke über den Fluss ab\nErstellt am: 30.01.2022 18:36 / sk\n" +
                   "Der Gemeinderat hat am Montag beschlossen, dass die neue Brücke nicht gebaut wird und die alte Brücke noch viele Jahre stehen bleibt.\n" +
                   "Die Anwohner sind mit dem Plan nicht zufrieden, weil sie seit Jahren auf eine bessere Verbindung über den Fluss gewartet haben.\n" +
                   "Der Bürgermeister will die Entscheidung im Herbst noch einmal prüfen lassen und hat dafür ein Gutachten bei der Stadt bestellt.";
        Assert.Equal("2022-01-30T18:36:00", Extract(text).Published?.ToIso());
    }

    private const string Opening = "The council voted on Tuesday to reject the plan for a new bridge, ending a dispute that had divided the town for six years.";

    [Theory]
    [InlineData("KHAN YOUNIS, Gaza — ", "KHAN YOUNIS, Gaza", null)]
    [InlineData("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - ", "SOUTHWEST MIAMI-DADE, FLA.", "WSVN")]
    [InlineData("NAPA COUNTY, Calif. (KGO) -- ", "NAPA COUNTY, Calif.", "KGO")]
    [InlineData("LONDON, Jan 5 (Reuters) - ", "LONDON", "Reuters")]
    [InlineData("MOSCOW (AP) — ", "MOSCOW", "AP")]
    [InlineData("WASHINGTON—", "WASHINGTON", null)]
    public void DatelineKeepsItsRegionAsPrinted(string dateline, string place, string? code)
    {
        var a = Extract("Council rejects plan for a new bridge over the river\nJanuary 20, 2020\n" + dateline + Opening + "\n" + Prose);
        Assert.Equal(place, a.Dateline);
        Assert.Equal(code, a.DatelineAgencyCode);
    }

    [Fact]
    public void DatelineAfterACaptionThatOpensTheBody()
    {
        var a = Extract("Council rejects plan for a new bridge over the river\nJanuary 20, 2020\n" +
                        "The old bridge seen from the east bank last spring, before the vote. Photo via the Town Gazette\n" +
                        "WEST PALM BEACH — " + Opening + "\n" + Prose);
        Assert.Equal("WEST PALM BEACH", a.Dateline);
    }

    [Fact]
    public void DatelineOnItsOwnLineAboveTheBody()
    {
        var a = Extract("Council rejects plan for a new bridge over the river\nJanuary 20, 2020\nShare\nPrint\nWASHINGTON — \n" + Opening + "\n" + Prose);
        Assert.Equal("WASHINGTON", a.Dateline);
        Assert.Equal("WASHINGTON — " + Opening, a.Paragraphs[0]);
    }

    [Fact]
    public void DatelineEndingWithAFullStop()
    {
        var text = "Gemeinderat lehnt neue Brücke über den Fluss ab\n30.01.2022\n" +
                   "ERDEN. Der Gemeinderat hat am Montag beschlossen, dass die neue Brücke nicht gebaut wird und die alte Brücke noch viele Jahre stehen bleibt.\n" +
                   "Die Anwohner sind mit dem Plan nicht zufrieden, weil sie seit Jahren auf eine bessere Verbindung über den Fluss gewartet haben.\n" +
                   "Der Bürgermeister will die Entscheidung im Herbst noch einmal prüfen lassen und hat dafür ein Gutachten bei der Stadt bestellt.";
        Assert.Equal("ERDEN", Extract(text).Dateline);
    }

    [Theory]
    [InlineData("EDITOR’S NOTE — This story is part of a series on the town's bridges. ")]
    [InlineData("UPDATE — ")]
    [InlineData("The US — and the town — ")]
    [InlineData("NASA said on Monday that ")]
    public void NewsroomTagsAndOrdinaryOpeningsAreNoDateline(string opening)
    {
        var a = Extract("Council rejects plan for a new bridge over the river\nJanuary 20, 2020\n" + opening + Opening + "\n" + Prose);
        Assert.Null(a.Dateline);
    }

    [Theory]
    [InlineData("July 3, 2025 10:49 am", "2025-07-03T10:49:00")]
    [InlineData("2025-07-03T10:49:00-04:00", "2025-07-03T10:49:00-04:00")]
    [InlineData("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03:00-05:00")]
    [InlineData("3 July 2025", "2025-07-03")]
    [InlineData("Posted July 3, 2025 10:49 am.", "2025-07-03T10:49:00")]
    public void IssueDateFormsUnderTheHeadline(string printed, string iso)
    {
        var a = Extract("Home\nCouncil rejects plan for a new bridge over the river\nBy Jane Miller\n" + printed + "\n" + Prose);
        Assert.Equal(iso, a.Published?.ToIso());
    }

    [Fact]
    public void RelativeUpdateCountsBackFromThePageDate()
    {
        var a = Extract(" date 2025-07-03 Council rejects plan for a new bridge over the river\nHome\n" +
                        "Council rejects plan for a new bridge over the river\nPublished July 1, 2025\nUpdated 2 days ago\n" + Prose);
        Assert.Equal("2025-07-01", a.Published?.ToIso());
        Assert.Equal("2025-07-01", a.Updated?.ToIso());
    }

    [Fact]
    public void RelativeTimeInATeaserListIsNoUpdate()
    {
        var a = Extract(" date 2025-07-03 Council rejects plan for a new bridge over the river\nTop Stories\nSchool board meets\n2 days ago\n" +
                        "Council rejects plan for a new bridge over the river\nPublished July 3, 2025\n" + Prose);
        Assert.Equal("2025-07-03", a.Published?.ToIso());
        Assert.Null(a.Updated);
    }

    [Theory]
    [InlineData("Wednesday, July 2, 2025\n", "2025-07-03")]
    [InlineData("Town Gazette July 3, 2025 10:49 am\n", "2025-07-03T10:49:00")]
    public void PageDateBeatsADifferentDateAboveTheHeadline(string above, string iso)
    {
        var a = Extract(" date 2025-07-03 Council rejects plan for a new bridge over the river\nHome\n" + above +
                        "Council rejects plan for a new bridge over the river\nShare\n" + Prose);
        Assert.Equal(iso, a.Published?.ToIso());
    }

    [Fact]
    public void DateUnderTheHeadlineBeatsThePageDate()
    {
        var a = Extract(" date 2025-07-04 Council rejects plan for a new bridge over the river\nHome\n" +
                        "Council rejects plan for a new bridge over the river\nBy Jane Miller\nJuly 3, 2025 10:49 am\n" + Prose);
        Assert.Equal("2025-07-03T10:49:00", a.Published?.ToIso());
    }

    [Fact]
    public void QuestionHeadlineTakenInAsTheFirstBodyLine()
    {
        var text = "SKIP TO CONTENT\nSubscribe\nIDEAS\nHow can the town plan for its bridges in the future?\n" +
                   "The storms, the floods and the traffic of the last years offer a warning of what the council must prepare for.\n" + Prose;
        Assert.Equal("How can the town plan for its bridges in the future?", Extract(text).Headline);
    }

    [Theory]
    [InlineData("14/04/2020 at 3:00 pm", "2020-04-12")]
    [InlineData("04/14/2020 at 3:00 pm", "2020-12-04")]
    public void AmbiguousSlashedDateReadTheWayThePageWritesDates(string commentDate, string iso)
    {
        var a = Extract("Olive bread for the council picnic\n12/04/2020 by Kay 24 Comments\n" + Prose +
                        "\n24 Comments\nJane\n" + commentDate + "\nLovely recipe, thank you.");
        Assert.Equal(iso, a.Published?.ToIso());
    }
}
