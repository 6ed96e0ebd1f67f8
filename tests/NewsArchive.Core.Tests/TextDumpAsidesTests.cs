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

    [Theory]
    [InlineData("About the author", "Jane has worked as a harbour reporter since 2007, although her career at sea began long before that, on the ferries that the pier once served.")]
    [InlineData("À propos de l’auteur", "Jane a travaillé comme journaliste portuaire depuis 2007, bien que sa carrière en mer ait commencé bien avant, sur les ferries du quai.")]
    public void ParagraphUnderAnAuthorBoxHeadingIsNotTheStory(string heading, string bio)
    {
        var story = HarbourStory.Paragraphs(8).Split('\n');
        // The author box sits early, so the story's own paragraphs go on after it.
        var dump = Menu + "Harbour pier to be rebuilt\nMarch 3, 2025\n" + string.Join("\n", story[..4]) + "\n" + heading + "\n" + bio + "\n" +
            string.Join("\n", story[4..]) + "\n" + Footer;
        var body = Body(dump);
        Assert.Contains("Paragraph 1:", body);
        Assert.Contains("Paragraph 8:", body);
        Assert.DoesNotContain(bio[..40], body);
    }

    private static string Comment(int n) =>
        $"Comment {n}: I have walked on that pier every summer since I was a child, and I cannot believe it took the council this long to decide anything about it. " +
        "The ferries have been going the long way round for two years now, the cafés on the quay are half empty, and every meeting ends with another study. " +
        "Maybe now something will actually happen, but I will believe it when I see the new deck with my own eyes.";

    [Fact]
    public void SignedCommentThreadAfterTheStoryIsNotTheStory()
    {
        var readers = new[] { "Armanox", "peiman", "Rebel Raime", "Leo" };
        var thread = string.Concat(readers.Select((name, k) => $"{name} June {20 + k}, 2015 at 10:2{k} pm\n{Comment(k + 1)}\n"));
        var dump = Menu + Head + HarbourStory.Paragraphs(3) + "\n" + thread + Footer;
        var body = Body(dump);
        Assert.Contains("Paragraph 1:", body);
        Assert.Contains("Paragraph 3:", body);
        Assert.DoesNotContain("Comment ", body);
    }

    [Fact]
    public void StampedEntriesWithNoStoryAboveAreTheStory()
    {
        // A live blog is a series of stamped entries right under the headline: there is no story above to protect.
        var entries = string.Concat(new[] { "Harbour desk", "Quay reporter", "Pier team" }.Select((desk, k) =>
            $"{desk} June 3, 2025 at 10:2{k} am\nEntry {k + 1}: the harbour board met again on Thursday and agreed, after a long debate, that the old pier needs a new deck before the winter storms.\n"));
        var body = Body(Menu + "Harbour pier: live\n" + entries + Footer);
        Assert.Contains("Entry 1:", body);
        Assert.Contains("Entry 3:", body);
    }

    [Fact]
    public void NumberedListIntroducedByTheStoryIsKept()
    {
        var list = string.Concat(Enumerable.Range(1, 40).Select(n => $"{n:00}. Keeper {(char)('A' + n % 26)}{n}\n"));
        var dump = Menu + Head + HarbourStory.Paragraphs(2) + "\nHere is the full list of the pier's keepers, as the archive gives it.\n" + list + "Tweet\n" + Footer;
        var body = Body(dump);
        Assert.Contains("Paragraph 1:", body);
        Assert.Contains("01. Keeper B1", body);
        Assert.Contains("40. Keeper O40", body);
    }

    [Fact]
    public void NumberedTeaserRankingUnderAHeadingIsNotKept()
    {
        var ranking = string.Concat(Enumerable.Range(1, 5).Select(n => $"{n}. Ferry timetable changes for route {n}\n"));
        var dump = Menu + Head + HarbourStory.Paragraphs(4) + "\nMost read\n" + ranking + Footer;
        var body = Body(dump);
        Assert.Contains("Paragraph 4:", body);
        Assert.DoesNotContain("Ferry timetable", body);
    }

    [Fact]
    public void ExcerptsCutOffBeforeTheirSourceAreNotTheStory()
    {
        var excerpts =
            "Look at other dictionaries:\n" +
            "pier — noun A structure leading out from the shore into a body of water, used as a landing place or a promenade, often built on … …   The Harbour Dictionary\n" +
            "harbour — noun A place on the coast where vessels may find shelter, especially one protected from rough water by piers, jetties and …   Wiktionary\n" +
            "quay — noun A stone or metal platform lying alongside or projecting into water for loading and unloading ships, as opposed to a …   Wiktionary\n";
        var body = Body(Menu + Head + HarbourStory.Paragraphs(3) + "\n" + excerpts + Footer);
        Assert.Contains("Paragraph 3:", body);
        Assert.DoesNotContain("noun A", body);
    }

    [Fact]
    public void BlurbsOverARepeatedReadTheRestLinkAreTeasers()
    {
        // Each teaser blurb alone outweighs the short post, and none of them is cut off.
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(n =>
            $"Ferry news {n}\nThe ferry company said on Monday that route {n} would run again from the spring, after two winters of detours around the closed pier, and that tickets bought for the old timetable would still be valid on the new boats for the rest of the year, at no extra cost to passengers.\nREAD THE REST\n"));
        var dump = "Harbour pier: the short version\nBy Jane Holloway\nMarch 3, 2025\nThe council voted to rebuild the old harbour pier on Tuesday, and work should start in the spring.\nFollow Us\n" + teasers + Footer;
        var body = Body(dump);
        Assert.Contains("rebuild the old harbour pier", body);
        Assert.DoesNotContain("ferry company", body);
    }

    [Theory]
    [InlineData("Advertisement\nThe latest news about ferries and harbours (free to read)", "The latest news about ferries", false)]
    [InlineData("Book your harbour tour today – for FREE!\nNext", "for FREE!", false)]
    [InlineData("Advertisement\nBug 1678390 – the pier sensor reports a depth of zero at high tide", "Bug 1678390", true)]
    [InlineData("First, let us try importing pier.py:\nShare", "First, let us try importing pier.py:", true)]
    public void LineBesideAPageLabelBetweenParagraphsIsALinkUnlessCodeOrAnIntroduction(string between, string text, bool isStory)
    {
        var story = HarbourStory.Paragraphs(4).Split('\n');
        var dump = Menu + Head + story[0] + "\n" + story[1] + "\n" + between + "\n" + story[2] + "\n" + story[3] + "\n" + Footer;
        var body = Body(dump);
        Assert.Contains("Paragraph 4:", body);
        if (isStory)
            Assert.Contains(text, body);
        else
            Assert.DoesNotContain(text, body);
    }

    [Fact]
    public void TitlesOfOtherStoriesUnderTheLastParagraphAreNotKept()
    {
        var titles = "Harbour pier\nThe harbour explained in pictures Video\nHarbour pier: how will the council vote?\nWhy the pier vote divides the town\n";
        var body = Body(Menu + Head + HarbourStory.Paragraphs(5) + "\n" + titles + "Subscribe from 1 €\n" + Footer);
        Assert.Contains("Paragraph 5:", body);
        Assert.DoesNotContain("Why the pier vote divides the town", body);
        Assert.DoesNotContain("how will the council vote", body);
    }

    [Fact]
    public void StoryEndingInCommandsItIntroducesKeepsThem()
    {
        var ending = "Finally, generate the pier's default assets:\npoetry run poe pier-assets\nRunning the tests\nOnce you have the environment set up, run all the tests with:\n";
        var body = Body(Menu + Head + HarbourStory.Paragraphs(5) + "\n" + ending + "pytest pier_tests\n" + Footer);
        Assert.Contains("poetry run poe pier-assets", body);
        Assert.Contains("Running the tests", body);
    }

    [Fact]
    public void ParagraphsEndingInAnEllipsisAreNotExcerpts()
    {
        var story = HarbourStory.Paragraphs(4).Split('\n');
        const string hesitates = "Le conseil hésite encore, les pêcheurs attendent, et sur le quai la colère monte de semaine en semaine…";
        const string waits = "Reste à savoir qui, du maire ou des pêcheurs, cédera le premier quand les travaux commenceront…";
        var body = Body(Menu + Head + story[0] + "\n" + hesitates + "\n" + story[1] + "\n" + waits + "\n" + story[2] + "\n" + story[3] + "\n" + Footer);
        Assert.Contains(hesitates, body);
        Assert.Contains(waits, body);
    }

    [Fact]
    public void ClosingQuestionAndExclamationStayInTheStory()
    {
        const string question = "Will the council listen to the harbour this time around?";
        const string exclamation = "We will all find out at the next meeting in the spring!";
        var body = Body(Menu + Head + HarbourStory.Paragraphs(5) + "\n" + question + "\n" + exclamation + "\n" + Footer);
        Assert.Contains(question, body);
        Assert.Contains(exclamation, body);
    }

    [Fact]
    public void ShortRankingRightUnderTheLastParagraphIsNotKept()
    {
        var ranking = string.Concat(Enumerable.Range(1, 5).Select(n => $"{n}. Ferry Timetable Changes On Route {n}\n"));
        var body = Body(Menu + Head + HarbourStory.Paragraphs(4) + "\n" + ranking + Footer);
        Assert.Contains("Paragraph 4:", body);
        Assert.DoesNotContain("Ferry Timetable", body);
    }
}
