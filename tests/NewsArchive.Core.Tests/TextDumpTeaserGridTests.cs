using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class TextDumpTeaserGridTests
{
    private static DumpLine Line(string text) => DumpLineFixture.Of(text);

    // Teaser titles end in "!", "?" or a cut-off "…" as often as in nothing; Title Case marks them all the same.
    [Theory]
    [InlineData("Harbour Master Quits Over Ferry Fiasco ... And Takes the Keys!")]
    [InlineData("Is the New Pier Really the Longest in the Country?")]
    [InlineData("Mayor Speaks Out After Budget Vote: \"There Are Many Sides to This…")]
    public void TitleCaseTeasersAreShortLines(string text) => Assert.Equal(TextDumpBody.Quality.Short, TextDumpBody.Rate(Line(text)));

    [Fact]
    public void TitleCaseSentenceWithFullStopIsStillProse() =>
        Assert.NotEqual(TextDumpBody.Quality.Short, TextDumpBody.Rate(Line("The Harbour Master Said The Old Ferry Will Be Sold To A Museum In Spring.")));

    [Fact]
    public void ShortArticleBeatsALongerGridOfExclaimedTeasers()
    {
        string[] article =
        [
            "The harbour's oldest ferry was taken from its mooring overnight, the port authority said on Thursday morning.",
            "Officials told reporters that the ferry was last seen at the north pier at about nine in the evening, and that the night guard heard nothing at all.",
            "Port police say they are looking at camera footage from the quay to find out who took the vessel and where it went.",
            "The ferry, built in 1921, was due to be moved to the maritime museum next spring after a long restoration.",
        ];
        string[] teasers =
        [
            "Harbour Master Explains Why There Are So Many Gulls On The Pier This Year!",
            "Council Boss: My New Office Boat Is Already Getting the V.I.P. Treatment!",
            "Lighthouse Keeper Retires After Forty Years ... And That Ain't The End Of It!",
            "Fishing Fleet Owner Speaks Out After Quota Row: \"There Are Many Sides to This…",
            "Two Captains And Their Crews Race Across The Bay, You Would Do the Same…",
            "SHOCK VIDEO: Dock Workers Caught On Tape Dancing . . . And The Boss Joins In…",
            "EXCLUSIVE: Ferry Cook Gives An Interview To The Gazette . . . And Tells All…",
            "Is The New Marina Café The Best Breakfast In Town This Summer?",
        ];
        var dump = string.Join("\n", ["Home", "News", "Oldest Ferry Stolen From Harbour", "", .. article, "See also", "Around the Web", .. teasers, "© 2025 Example Media"]);

        var article0 = TextDumpExtractor.Extract(dump).Article!;

        Assert.Contains("camera footage from the quay", article0.Body);
        Assert.DoesNotContain("Gulls On The Pier", article0.Body);
        Assert.DoesNotContain("Best Breakfast", article0.Body);
    }
}

public class TextDumpRankedListTests
{
    private static string Story(int count) => HarbourStory.Paragraphs(count);

    [Fact]
    public void MostReadRankingAfterTheStoryIsLeftOut()
    {
        var dump = string.Join("\n", "Pier repairs approved at last", Story(6), "Las más leídas",
            "1", "Por qué el muelle viejo se quedó sin cubierta y qué dice el consejo", "2", "Qué son los barcos de papel que invaden la bahía este verano",
            "3", "La frase del capitán que encendió el debate en el puerto", "4", "El viaje del ferry de la isla, tres horas de indiferencia",
            "© 2025 Example Media");

        var body = TextDumpExtractor.Extract(dump).Article!.Body;

        Assert.Contains("Paragraph 6:", body);
        Assert.DoesNotContain("barcos de papel", body);
        Assert.DoesNotContain("tres horas", body);
    }

    [Fact]
    public void NumberedStepsThatAreSentencesStay()
    {
        var dump = string.Join("\n", "How to repaint a pier railing", Story(3),
            "1", "Scrape off the loose paint with a stiff wire brush and sweep the deck.", "2", "Wash the railing with warm soapy water and let it dry overnight.",
            "3", "Paint two thin coats of marine enamel, four hours apart.", Story(2), "© 2025 Example Media");

        var body = TextDumpExtractor.Extract(dump).Article!.Body;

        Assert.Contains("warm soapy water", body);
        Assert.Contains("marine enamel", body);
    }

    [Theory]
    [InlineData("Las más leídas")]
    [InlineData("Más sobre Conflicto portuario")]
    [InlineData("Enviá tu comentario")]
    [InlineData("Les plus partagés")]
    [InlineData("Meistgelesen")]
    public void ForeignSectionHeadingsEndTheStory(string heading)
        => Assert.Equal(LineKind.SectionBreak, DumpLineFixture.Of(heading, "es").Kind);
}

public class TextDumpBulletSeparatedLinksTests
{
    [Theory]
    [InlineData("The harbour services Shop ▪ Hotels ▪ English lessons ▪ Car ads ▪ Property ads ▪ Crosswords ▪ Weather ▪ Traffic")]
    [InlineData("Our sites Harbour Weekly ■ Pier Talk ■ The Ferry Post ■ Gulls Daily")]
    public void BulletSeparatedLinksAreFurniture(string text)
        => Assert.Equal(LineKind.Furniture, DumpLineFixture.Of(text).Kind);
}
