using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>Text printed inside or beside the story that is not the story: author bios, comment threads, glossary lists.</summary>
public class TextDumpAsidesTests
{
    private static ExtractedArticle Extract(string dump) => TextDumpExtractor.Extract(dump).Article!;

    private static string Body(string dump) => string.Join("\n", Extract(dump).Paragraphs);

    private const string Menu = "Home\nNews\nSport\nWeather\nContact\n";

    private const string Footer = "Newsletter\n© 2025 Example Media. All rights reserved.\n";

    private const string Head = "Harbour pier to be rebuilt\nBy Jane Holloway\nMarch 3, 2025\n";

    [Fact]
    public void LongBioOfTheBylinedWriterAfterTheStoryIsDropped()
    {
        var bio = "JANE HOLLOWAY has done many things in her short life. She sailed around the island twice, wrote two books about lighthouses, " +
            "and once spent a winter counting seals for the county. " + string.Concat(Enumerable.Repeat("She lives by the sea with two cats and a very old boat that she says she will fix one day. ", 7));
        Assert.InRange(bio.Length, 700, 1199);
        var body = Body(Menu + Head + HarbourStory.Paragraphs(5) + "\n" + bio + "\n" + Footer);
        Assert.Contains("Paragraph 5:", body);
        Assert.DoesNotContain("short life", body);
    }

    [Fact]
    public void BioUnderTheBylineAboveTheStoryIsDropped()
    {
        const string bio = "Jane Holloway is a personal finance writer who has covered savings, pensions and insurance for more than a decade, and she was a tax adviser before that.";
        var body = Body(Menu + Head + bio + "\n" + HarbourStory.Paragraphs(5) + "\n" + Footer);
        Assert.DoesNotContain("personal finance writer", body);
        Assert.Contains("Paragraph 1:", body);
        Assert.Contains("Paragraph 5:", body);
    }

    [Fact]
    public void StoryOpeningWithTheWritersFirstNameIsKept()
    {
        // Only the full name may open a bio above the story: a story about another Jane starts this way too.
        const string opening = "Jane is a common name in the harbour town, the registrar said, and three of the pier's last keepers were called that.";
        var body = Body(Menu + Head + opening + "\n" + HarbourStory.Paragraphs(5) + "\n" + Footer);
        Assert.Contains("common name in the harbour town", body);
    }

    [Fact]
    public void ParagraphUnderAboutTheAuthorIsNotTheStory()
    {
        const string bio = "Jane has worked as a harbour reporter since 2007, although her career at sea began long before that, on the ferries that the pier once served.";
        var story = HarbourStory.Paragraphs(8).Split('\n');
        // The author box sits early, so the story's own paragraphs go on after it.
        var dump = Menu + "Harbour pier to be rebuilt\nMarch 3, 2025\n" + string.Join("\n", story[..4]) + "\nAbout the author\n" + bio + "\n" +
            string.Join("\n", story[4..]) + "\n" + Footer;
        var body = Body(dump);
        Assert.Contains("Paragraph 1:", body);
        Assert.Contains("Paragraph 8:", body);
        Assert.DoesNotContain("harbour reporter since 2007", body);
    }
}
