using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class LineFeaturesTests
{
    private static DumpLine Line(string text, int occurrences = 1) => DumpLineFixture.Of(text, occurrences: occurrences);

    [Theory]
    [InlineData("56m ago", LineKind.RelativeTime)]
    [InlineData("2 hours ago", LineKind.RelativeTime)]
    [InlineData("2:34", LineKind.Duration)]
    [InlineData("Submit a Correction", LineKind.Furniture)]
    [InlineData("Accessibility Feedback", LineKind.Furniture)]
    [InlineData("Share this story", LineKind.SectionBreak)]
    [InlineData("Top Stories", LineKind.SectionBreak)]
    [InlineData("Leave a Reply", LineKind.SectionBreak)]
    [InlineData("11 responses to “A Night at the Opera”", LineKind.SectionBreak)]
    [InlineData("© 2024 Example Media. All rights reserved.", LineKind.Copyright)]
    [InlineData("Posted July 3, 2025 10:49 am.", LineKind.Date)]
    [InlineData("By Jane Model, The Associated Press", LineKind.Byline)]
    [InlineData("FILE - A ferry leaves the harbor, May 2, 2024. (AP Photo/Jane Model, File)", LineKind.Caption)]
    [InlineData("Photo by Jane Model on Unsplash", LineKind.Caption)]
    [InlineData("Archive – RSS – Imprint – Privacy – Powered by Something", LineKind.Furniture)]
    [InlineData("Read also: Council approves the new budget", LineKind.Furniture)]
    [InlineData("The council voted on Tuesday to rebuild the pier, setting aside more than $2 million for the work.", LineKind.Text)]
    public void ClassifiesLine(string text, LineKind kind) => Assert.Equal(kind, Line(text).Kind);

    [Fact]
    public void ProseIsGoodAndMenusAreShort()
    {
        Assert.Equal(TextDumpBody.Quality.Good, TextDumpBody.Rate(Line("The council voted on Tuesday to rebuild the pier, setting aside more than $2 million for the work.")));
        Assert.Equal(TextDumpBody.Quality.Short, TextDumpBody.Rate(Line("Weather")));
        // Title Case without a full stop reads as a teaser headline, however long.
        Assert.Equal(TextDumpBody.Quality.Short, TextDumpBody.Rate(Line("Three Whales Spotted Near Harbor Mouth In Rare Early Sighting")));
    }

    [Fact]
    public void RepeatedProseIsNotBody() =>
        Assert.Equal(TextDumpBody.Quality.Bad, TextDumpBody.Rate(Line("Boaters reported seeing three humpback whales near the mouth of the harbor on Monday morning.", occurrences: 2)));
}
