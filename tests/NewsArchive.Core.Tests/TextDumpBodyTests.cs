using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class TextDumpBodyTests
{
    private static DumpLine Line(string text) => DumpLineFixture.Of(text);

    // The cue words that let a line skip a regex must not hide a match: word boundaries at apostrophes and
    // hyphens, prefixes ("Tagged"), capitals, and long words sharing their first letters.
    [Theory]
    [InlineData("Tagged: Politics, Harbour", LineKind.SectionBreak)]
    [InlineData("Comments (12)", LineKind.SectionBreak)]
    [InlineData("Categories: Local news", LineKind.SectionBreak)]
    [InlineData("Visit us on Facebook's page", LineKind.Furniture)]
    [InlineData("Cliquez ici pour s'abonner", LineKind.Furniture)]
    [InlineData("Send it by e-mail", LineKind.Furniture)]
    [InlineData("Sign up for our daily briefing and get the harbour news first thing every morning", LineKind.Furniture)]
    [InlineData("COPYRIGHT 2024 EXAMPLE MEDIA GROUP", LineKind.Copyright)]
    [InlineData("Posted 3 hours ago", LineKind.RelativeTime)]
    [InlineData("yesterday", LineKind.RelativeTime)]
    [InlineData("Updated: 03.07.2025, 13:36", LineKind.Date)]
    [InlineData("Thursday, 3rd July 2025", LineKind.Date)]
    [InlineData("ByJane Model", LineKind.Byline)]
    [InlineData("Jane Model, Reuters", LineKind.Byline)]
    [InlineData("Jane Model, who has sailed the harbour for thirty years, said the pier was never safe", LineKind.Text)]
    public void CueWordsKeepEveryMatch(string text, LineKind kind) => Assert.Equal(kind, Line(text).Kind);

    // Links glued together by the dump ("TopicsHarbourFerriesWeather") are a tag list or menu, not prose;
    // one glued name is not, nor are glued figures.
    [Theory]
    [InlineData("Related TopicsHarbourFerriesPier RepairsCity Council", LineKind.Furniture)]
    [InlineData("HomeNewsSportWeatherContact", LineKind.Furniture)]
    [InlineData("McDonald opens a new iPhone store on the quay", LineKind.Text)]
    [InlineData("Calories: 291kcalCarbohydrates: 31gProtein: 5gFat: 17gSodium: 4mgFiber: 2g", LineKind.Text)]
    public void GluedLinksAreFurniture(string text, LineKind kind) => Assert.Equal(kind, Line(text).Kind);

    // A photographer's credit under a picture is not the footer's notice; a word that merely starts like "tag" is no tag list.
    [Theory]
    [InlineData("© Jane Model", LineKind.Caption)]
    [InlineData("© 2025 Example Media", LineKind.Copyright)]
    [InlineData("Tageskarte: 8 Euro, Abendtarif: 3 Euro", LineKind.Text)]
    [InlineData("Tags: harbour, ferries", LineKind.SectionBreak)]
    [InlineData("Contenido relacionado", LineKind.SectionBreak)]
    [InlineData("Publicidad", LineKind.Furniture)]
    [InlineData("EXAMPLENEWS.COM", LineKind.Furniture)]
    [InlineData("harbour-news.co.uk", LineKind.Furniture)]
    [InlineData("Version 2.5", LineKind.Text)]
    [InlineData("Pubblicità", LineKind.Furniture)]
    public void PhotoCreditsAndTagLists(string text, LineKind kind) => Assert.Equal(kind, Line(text).Kind);

    [Fact]
    public void ListicleWithPhotoCreditsStaysWhole()
    {
        string Item(int n, string place) =>
            $"{n}\nVisit the {place}\nThe {place} is one of the finest places on the coast, and in the autumn it is quiet enough to enjoy it without the crowds that fill it all summer long, when the ferries bring day trippers from the city every hour.\nOpen daily 10-18\nMore Info\n© Jane Model\n";
        var dump = "Ten places for the autumn\n" + Item(1, "harbour") + Item(2, "old lighthouse") + Item(3, "fish market") + "Newsletter\n© 2025 Example Media. All rights reserved.\n";
        var body = string.Join("\n", TextDumpExtractor.Extract(dump).Article!.Paragraphs);
        Assert.Contains("The harbour is one of the finest", body);
        Assert.Contains("The fish market is one of the finest", body);
        Assert.DoesNotContain("© Jane Model", body);
    }

    [Fact]
    public void WordsAndStopWordsAreCountedPerLanguage()
    {
        var line = new DumpLine(0, "Der Hafen wird im Sommer für die Fähren geöffnet, sagte der Bürgermeister.");
        LineFeatures.Compute(line, "de", null);
        Assert.Equal(12, line.Words);
        Assert.Equal(6, line.StopWords); // Der, wird, im, für, die, der: capitals count, "sagte" does not
    }

    [Fact]
    public void LanguageComesFromTheScannedLines()
    {
        var lines = new[]
        {
            "Le port sera ouvert aux ferries pendant tout l'été, a déclaré le maire de la ville.",
            "Les travaux sur la jetée ont été terminés avant la saison, selon la mairie.",
        }.Select((t, i) => new DumpLine(i, t)).ToList();
        Assert.Equal("fr", LineFeatures.DetectLanguage(lines));
    }

    private const string Story =
        "The city council voted on Tuesday to rebuild the old harbour pier, setting aside more than two million for the work, which is expected to start in the spring and to last for most of the coming year.\n" +
        "Council members said the pier had been closed to the public since a winter storm damaged its pilings, and that ferry operators had complained for months about the longer routes they were forced to take.\n" +
        "The mayor told reporters that the vote was the first step in a wider plan for the waterfront, which also includes a new promenade, a small market hall and better lighting along the quay.\n";

    [Fact]
    public void ArticleGoesOnAfterAnInlineRelatedBox()
    {
        var continuation =
            "Engineers will first drive new steel piles next to the old timber ones, the council said, so that the ferries can keep using the eastern berth while the rest of the pier is rebuilt section by section over the summer.";
        var dump = "Harbour pier to be rebuilt\nBy Jane Model\n" + Story +
            "Related\nFerry Timetable Changes For The Winter\nNew Market Hall Opens Its Doors\nStorm Damage Along The Coast\n" +
            continuation + "\n" +
            "Further Reading\nTen Walks Along The Quay\nThe History Of Our Harbour\nWhy Ferries Run Late\nBest Fish Restaurants In Town\n" +
            "Comments\nJoe says: great news\n";
        var article = TextDumpExtractor.Extract(dump).Article!;
        var body = string.Join("\n", article.Paragraphs);
        Assert.Contains(continuation, body);
        Assert.DoesNotContain("Ferry Timetable Changes", body);
        Assert.DoesNotContain("Ten Walks Along The Quay", body);
    }

    [Fact]
    public void MetadataLabelInsideTheArticleIsNotASubhead()
    {
        var after =
            "The harbour board said on Thursday that the ferries would keep to their winter timetable until the new pier is finished, and that passengers should allow more time for the longer crossing.\n" +
            "Board members added that the eastern berth would stay open throughout the works, so that fishing boats can still land their catch every morning as they have done for decades.\n";
        var dump = "Harbour pier to be rebuilt\n" + Story + "Release Date:\nThursday, 3 July 2025 – 3:55pm\n" + after;
        var body = string.Join("\n", TextDumpExtractor.Extract(dump).Article!.Paragraphs);
        Assert.Contains("The harbour board said", body);
        Assert.DoesNotContain("Release Date:", body);
    }

    [Fact]
    public void RelatedListAtTheEndIsNotArticle()
    {
        var dump = "Harbour pier to be rebuilt\nBy Jane Model\n" + Story +
            "Related\nFerry Timetable Changes For The Winter\nNew Market Hall Opens Its Doors\nStorm Damage Along The Coast\n" +
            "Readers say the quay is too dark at night.\n© 2025 Example Media\n";
        var body = string.Join("\n", TextDumpExtractor.Extract(dump).Article!.Paragraphs);
        Assert.Contains("first step in a wider plan", body);
        Assert.DoesNotContain("Ferry Timetable Changes", body);
        Assert.DoesNotContain("too dark at night", body);
    }
}
