using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class TextDumpSignedDateTests
{
    private static readonly string Story = HarbourStory.Paragraphs(5);

    [Theory]
    [InlineData("Daniel Model - Apr 16, 2015 8:02 pm UTC", "Daniel Model")]
    [InlineData("Maria Sample | 3 July 2025", "Maria Sample")]
    public void NameThenDateOnOneLineIsTheByline(string line, string author)
    {
        var dump = string.Join("\n", "Home", "Security", "Pier exploit makes it easy to crash harbour servers", "Share", line, Story, "© 2025 Example Media");

        var article = TextDumpExtractor.Extract(dump).Article!;

        Assert.Equal([author], article.Authors);
        Assert.NotNull(article.Published);
    }

    [Fact]
    public void SectionNameThenDateIsNoByline()
    {
        var dump = string.Join("\n", "Home", "Pier exploit makes it easy to crash harbour servers", "Harbour News - Apr 16, 2015", Story, "© 2025 Example Media");

        Assert.Empty(TextDumpExtractor.Extract(dump).Article!.Authors);
    }
}
