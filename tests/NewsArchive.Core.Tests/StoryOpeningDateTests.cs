using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class StoryOpeningDateTests
{
    [Theory]
    [InlineData("April 17, 2015 -- Imagine being stuck at the pier when the last ferry leaves.", "2015-04-17")]
    [InlineData("3 July 2025 – The council voted to repair the pier before winter.", "2025-07-03")]
    public void WireStyleOpeningDate(string paragraph, string date) =>
        Assert.Equal(date, PrintedDates.StoryOpeningDate([paragraph])?.ToIso());

    [Theory]
    [InlineData("The pier - which was built in 1921 - will close.")]
    [InlineData("Harbour board – a long story of delays and repairs.")]
    [InlineData("")]
    public void NoDateNoOpeningDate(string paragraph) => Assert.Null(PrintedDates.StoryOpeningDate([paragraph]));

    [Fact]
    public void DumpWithoutAPrintedDateTakesTheStoryOpeningDate()
    {
        var story = string.Join("\n", Enumerable.Range(1, 4).Select(i =>
            $"Paragraph {i}: the harbour board met again and agreed, after a long debate, that the old pier needs a new deck before the storms."));
        var dump = string.Join("\n", "Home", "Superbugs at the pier: what they are and how you get them", "By Jane Model",
            "April 17, 2015 -- Imagine being stuck at the pier when the last ferry leaves and nobody can tell you why.", story, "© 2025 Example Media");

        Assert.Equal("2015-04-17", TextDumpExtractor.Extract(dump).Article!.Published?.ToIso());
    }
}
