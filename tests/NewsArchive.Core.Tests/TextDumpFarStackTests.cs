using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class TextDumpFarStackTests
{
    private static readonly string Story = HarbourStory.Paragraphs(6);

    // The headline is printed again in the share dialog and over the comments, and a share bar and a photo
    // caption push the byline far below it.
    [Fact]
    public void HeadlineOverAShareBarAndCaptionKeepsItsByline()
    {
        var dump = string.Join("\n",
            "Submissions and Discussion Policy", "Subscribe", "Harbour",
            "Where does the harbour go after the pier vote?",
            "Share on Facebook", "Share on Twitter", "Share via Email", "More Options", "Share on LinkedIn", "Resize Text", "Print Article", "Comments",
            "The old pier at dawn on Tuesday, two days before the vote. (Photo: Jane Model)",
            "By Jane Model March 18 at 12:22 PM",
            Story,
            "Where does the harbour go after the pier vote?",
            "Comments", "Where does the harbour go after the pier vote?", "© 2025 Example Media");

        var article = TextDumpExtractor.Extract(dump).Article!;

        Assert.Equal("Where does the harbour go after the pier vote?", article.Headline);
    }

    // A menu's last entries sit right above the date and the story; the menu entry is not the headline.
    [Fact]
    public void MenuEntryAboveTheDateIsNoHeadline()
    {
        var dump = string.Join("\n",
            "Docs", "Examples", "Community", "Events", "Harbour Summit 2019", "Roadshow", "Blog", "Support", "Help", "FAQ", "Harbour Summit 2019",
            "April 7, 2020", "People behind the pier: the night shift", Story, "© 2025 Example Media");

        var article = TextDumpExtractor.Extract(dump).Article!;

        Assert.Equal("People behind the pier: the night shift", article.Headline);
    }
}

public class TextDumpRelatedBoxTests
{
    private static readonly string Story = HarbourStory.Paragraphs(6);

    // A wire story: the headline and an agency/date line, then a "Related" box whose teasers carry their own
    // bylines right above the story.
    [Fact]
    public void TeasersOfARelatedBoxAboveTheStoryGiveNeitherHeadlineNorAuthor()
    {
        var dump = string.Join("\n",
            "Home", "World",
            "Third ferry lost in the harbour storm",
            "AFP 30 April 2015 at 07:19",
            "Share", "Print",
            "A lifeboat crew searches the harbour on Thursday. (Photo Jane Model)",
            "Related",
            "Report",
            "In the harbour town, an exodus under pressure",
            "By Ann Sample",
            "Interview",
            "Harbour: 'The longer we wait, the less we can do'",
            "By Rob Example",
            Story, "© 2025 Example Media");

        var article = TextDumpExtractor.Extract(dump).Article!;

        Assert.Equal("Third ferry lost in the harbour storm", article.Headline);
        Assert.Empty(article.Authors);
    }

    // A long line at the top (an accessibility notice) loses to a title that opens the story with its standfirst under it.
    [Fact]
    public void TitleOpeningTheStoryBeatsANoticeFarAbove()
    {
        var dump = string.Join("\n",
            "If you use a screen reader, browse the site from here",
            "MENU", "Harbour question", "Follow", "SEARCH", "Latest NewsSocietyPoliticsWorld", "Most ReadCityCrimeData",
            "Channels:", "BusinessSport", "Life and leisureIdeasShows", "ALL PROGRAMMES", "Print Edition", "Readers Club", "Services:", "WeatherTrafficPuzzles", "Subscribe",
            "A peaceful answer to the harbour question",
            "The fishermen ask for rights that are still unmet, so it is wiser to channel the protest than to crush it",
            Story, "© 2025 Example Media");

        var article = TextDumpExtractor.Extract(dump).Article!;

        Assert.Equal("A peaceful answer to the harbour question", article.Headline);
    }
}

public class TextDumpPostLabelTests
{
    private static readonly string Story = HarbourStory.Paragraphs(6);

    // A blog post's category label sits right over its title; it heads no box of other stories.
    [Fact]
    public void TitleUnderItsCategoryLabelIsTheHeadline()
    {
        var dump = string.Join("\n", "Search this site Search", "Categories: News", "These Weeks at the Harbour: Issue 85", "Jane Model", "December 18, 2020",
            "2 responses", "Highlights", "Here’s our Harbour Year in Review!", "Here’s our Ferry Year in Review!", Story, "© 2025 Example Media");

        Assert.Equal("These Weeks at the Harbour: Issue 85", TextDumpExtractor.Extract(dump).Article!.Headline);
    }
}
