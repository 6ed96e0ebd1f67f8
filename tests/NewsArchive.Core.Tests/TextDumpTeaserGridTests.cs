using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class TextDumpTeaserGridTests
{
    private static DumpLine Line(string text)
    {
        var line = new DumpLine(0, text);
        LineFeatures.Compute(line, "en", null);
        return line;
    }

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
