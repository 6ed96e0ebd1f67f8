using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>Authors from HTML pages and text dumps: people only, the agency apart.</summary>
public class AuthorsTests
{
    // Formerly HtmlExtractor.CleanBylineName's cases: the HTML extractor now reads every credit through Bylines.
    [Theory]
    [InlineData("By Jane Doe | Staff Writer", "Jane Doe")]
    [InlineData("Von: Wolfgang Berger -", "Wolfgang Berger")]
    [InlineData("Jane Doe 4 min read", "Jane Doe")]
    [InlineData("Joe S.", "Joe S.")]
    [InlineData("Published by", "")]
    [InlineData("By Jane Doe Thursday, November 9, 2023", "Jane Doe")]
    [InlineData("By Marilyn Monroe 4 min read", "Marilyn Monroe")]
    [InlineData("No author", "")]
    [InlineData("Williams Pérez @wperez", "Williams Pérez")]
    [InlineData("Posted on September 21, 2020 by Jane Doe", "Jane Doe")]
    [InlineData("HLNF Staff Report", "")]
    [InlineData("By April Model@aprilmodel28Daniel O'Sample", "April Model|Daniel O'Sample")]
    [InlineData("Marwan H. Sample1", "Marwan H. Sample")]
    [InlineData("Revised Edition Edited by Adrian Model", "")]
    [InlineData("Photos by Jane Doe", "")]
    [InlineData("By | Jane Doe | Staff Writer", "Jane Doe")]
    public void CreditIsReadAsPeople(string credit, string people)
    {
        Assert.Equal(people.Length == 0 ? [] : people.Split('|'), Bylines.Parse(credit).Authors);
    }

    [Theory]
    [InlineData("marc", true, "marc")]
    [InlineData("marc", false, "")]
    [InlineData("admin", true, "")]
    public void LowerCaseHandleCountsOnlyWhereMarkupNamesIt(string text, bool markedAsName, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : [expected], Bylines.Parse(text, markedAsName: markedAsName).Authors);
    }

    [Theory]
    [InlineData("April Model, Daniel O'Sample", true, "April Model|Daniel O'Sample")]
    [InlineData("April Model, Staff Attorney, ACLU", false, "April Model")]
    [InlineData("Grant Sample, PhD", true, "Grant Sample")]
    [InlineData("Perry Model, Jr.", true, "Perry Model")]
    public void MetadataListsSeparatePeopleByCommas(string text, bool commasSeparatePeople, string expected)
    {
        Assert.Equal(expected.Split('|'), Bylines.Parse(text, commasSeparatePeople: commasSeparatePeople).Authors);
    }

    [Theory]
    [InlineData("BY COURSE/MEAL:")]
    [InlineData("By cuisine:")]
    [InlineData("Author Contributions: Conception and design: M.L. Model, C. Sample, D. Test.")]
    [InlineData("By Course or Type")]
    public void LabelsAreNotBylines(string line)
    {
        Assert.False(Bylines.TryParseLine(line, out var byline) && byline.Authors.Count > 0);
    }

    [Theory]
    [InlineData("By Alejandro Sample Last updated Nov 8, 2023 Share with new partner:", "Alejandro Sample")]
    [InlineData("Published by Daniel Model", "Daniel Model")]
    [InlineData("Thread starter Tiberius", "Tiberius")]
    public void BylineLinesWithOtherMarkers(string line, string author)
    {
        Assert.True(Bylines.TryParseLine(line, out var byline));
        Assert.Equal([author], byline.Authors);
    }

    [Fact]
    public void HtmlMetaTagRepeatedPerAuthorGivesEveryAuthor()
    {
        var html = Page("""
            <meta name="dc.creator" content=" Ana  Model ">
            <meta name="dc.creator" content="Ben  Sample">
            """, "<p>Plain body text without any byline at all, long enough to be the article's one paragraph here.</p>");
        Assert.Equal(["Ana Model", "Ben Sample"], Authors(html));
    }

    [Fact]
    public void HtmlMetaAuthorListCompletesJsonLdThatNamesOnlyTheFirst()
    {
        var html = Page("""
            <meta name="author" content="April Model, Daniel O'Sample">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline","author":{"@type":"Person","name":"April Model"}}</script>
            """, "<p>Plain body text without any byline at all, long enough to be the article's one paragraph here.</p>");
        Assert.Equal(["April Model", "Daniel O'Sample"], Authors(html));
    }

    [Fact]
    public void HtmlHCardNameIsTakenEvenAsLowerCaseHandle()
    {
        var html = Page("", """
            <p class="headline_meta">by <span class="author vcard fn">oz</span> on December 4, 2006</p>
            <p>Plain body text of the post, long enough to be the article's one paragraph here and a bit more.</p>
            """);
        Assert.Equal(["oz"], Authors(html));
    }

    [Fact]
    public void HtmlDescriptionThatOpensWithTheBylineNamesTheAuthors()
    {
        var html = Page("""<meta property="og:description" content="Posted by Ana Model, Ben Sample and Cleo C Test - Browsing team   Over the past years we have seen">""",
            "<p>Over the past years we have seen threats on the web becoming increasingly sophisticated, and more.</p>");
        Assert.Equal(["Ana Model", "Ben Sample", "Cleo C Test"], Authors(html));
    }

    [Fact]
    public void HtmlEditorCreditIsNotTheAuthor()
    {
        var html = Page("", """
            <span itemprop="author">Revised Edition Edited by Adrian Model</span>
            <p>Plain body text of the entry, long enough to be the article's one paragraph here and a bit more.</p>
            """);
        Assert.Empty(Authors(html));
    }

    [Fact]
    public void HtmlBylineUnderTheHeadlineWithAVisuallyHiddenByIsFound()
    {
        var html = """
            <html><head><title>A headline</title><style>.screen-reader-text{display:none}</style></head><body><article>
            <h1>A headline</h1>
            <div class="article_meta_info"><span>yas!</span> <span class="screen-reader-text" style="display:none">| By </span> <span>Cara Model</span> | <time>April 13, 2020</time></div>
            <p>Plain body text of the story, long enough to be the article's one paragraph here and a bit more of it.</p>
            </article></body></html>
            """;
        Assert.Equal(["Cara Model"], Authors(html));
    }

    [Fact]
    public void HtmlBareByBlockTakesTheNameInTheNextBlock()
    {
        var html = Page("", """
            <h2>Melas</h2><span> by </span><h3><a href="/profile/1">delta201</a></h3>
            <p>Plain body text of the chapter, long enough to be the article's one paragraph here and a bit more of it.</p>
            """);
        Assert.Equal(["delta201"], Authors(html));
    }

    [Theory]
    [InlineData("<div class=\"article-single__author\">AFP/The Local - news@example.com</div>", "AFP")]
    [InlineData("<p class=\"credit\">JIJI</p>", "Jiji Press")]
    public void HtmlCreditNamingOnlyAnAgencyGivesTheAgencyAndNoPerson(string credit, string agency)
    {
        var result = HtmlExtractor.Extract(Page("", credit + "<p>Plain body text of the story, long enough to be the article's one paragraph here and a bit more.</p>"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Article!.Authors);
        Assert.Equal(agency, result.Article.Agency);
    }

    [Fact]
    public void DumpBylineFarAboveTheBodyIsStillFound()
    {
        // A gallery of teasers between the byline and the text: the body finder starts far below the byline.
        var lines = new List<string> { "Home", "A headline about the weather this week", "By Kayla Sample", "Oct 13, 2020 @ 4:48 pm" };
        for (var i = 0; i < 40; i++)
            lines.Add($"Teaser {i}");
        lines.AddRange(Prose(6));
        Assert.Equal(["Kayla Sample"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpFirstNameBylineTakesTheFullNamePrintedOnThePage()
    {
        var lines = new List<string> { "Pamela Model", "Home", "Poetry", "By Pamela", "Yellow Vests and I", "December 4, 2018" };
        lines.AddRange(Prose(6));
        Assert.Equal(["Pamela Model"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpPublishedByOnItsOwnLineJoinsTheNameBelow()
    {
        var lines = new List<string> { "Home", "A headline about parsing data fast" };
        lines.AddRange(Prose(6));
        lines.AddRange(["Published by", "Daniel Model", "A computer science professor. View all posts by Daniel Model"]);
        Assert.Equal(["Daniel Model"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpStubBodyStillGetsTheNameLineBelowIt()
    {
        // A paywalled page: the body is the standfirst alone, the author's name and the date come after it.
        var lines = new List<string> { "Opinion", "A headline about the election in the island state",
            "While both leaders faced a challenging year, one of them shrewdly capitalised on the crisis to claim a massive win in the vote.",
            "Alice Model", "+ FOLLOW", "Published: 10:00am, 20 Jan, 2020", "Why you can trust us", "Link Copied" };
        Assert.Equal(["Alice Model"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpSourceDateAndNameOnOneLine()
    {
        var lines = new List<string> { "News", "A headline about student halls being too full",
            "The Guardian 02/10/2020 Anna Sample", "© Provided by The Guardian" };
        lines.AddRange(Prose(6));
        Assert.Equal(["Anna Sample"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpOpEdCreditsWithRolesGiveEveryPerson()
    {
        var lines = new List<string> { "Speak Freely", "This County Criminalized Students for Bad Grades – Until Now",
            "Sarah Model, Staff Attorney, Racial Justice Program",
            "& Sylvia Sample-Test, Director of Education Equity, Foundations of California",
            "July 25, 2019 | 11:15 PM", "Tags", "Juvenile Justice" };
        lines.AddRange(Prose(6));
        Assert.Equal(["Sarah Model", "Sylvia Sample-Test"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpCoAuthorOnTheLinesAfterAnAndGoesWithTheByline()
    {
        var lines = new List<string> { "NEWS", "Rezoning plan plagues the councilmember's re-election bid", "By David Model", "and", "Ramsey Sample", "Published Nov 8, 2023" };
        lines.AddRange(Prose(6));
        Assert.Equal(["David Model", "Ramsey Sample"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpForumThreadStarterIsTheAuthor()
    {
        var lines = new List<string> { "Forums", "Patch notes for the autumn update of the game", "Thread starter Tiberia", "Start date Sep 18, 2020", "Guild Nation" };
        lines.AddRange(Prose(6));
        Assert.Equal(["Tiberia"], DumpAuthors(lines));
    }

    [Fact]
    public void DumpNameLineWithCommasListsEveryAuthor()
    {
        var lines = new List<string> { "What It’s Like to Give Birth in a War Zone", "Ibtisam Model, Ruwaida Kamal Sample", "November 8 2023, 3:18 p.m." };
        lines.AddRange(Prose(6));
        Assert.Equal(["Ibtisam Model", "Ruwaida Kamal Sample"], DumpAuthors(lines));
    }

    [Theory]
    [InlineData("Archive – RSS – Imprint – 2009-2020 by Florian Model – Powered by Nikola", "Florian Model")]
    [InlineData("© 2020 Hearst Magazines. All rights reserved.", "")]
    public void DumpWithoutBylineTakesTheOwnerWhoSignsTheFooter(string footer, string expected)
    {
        var lines = new List<string> { "Home", "Copy and paste from tmux to the system clipboard" };
        lines.AddRange(Prose(6));
        lines.AddRange(["Previous post", "Next post", footer]);
        Assert.Equal(expected.Length == 0 ? [] : [expected], DumpAuthors(lines));
    }

    [Fact]
    public void DumpNameAloneAboveTheTitleWithNoDateIsTheAuthor()
    {
        var lines = new List<string> { "Home", "Travel", "Subscribe to our newsletter!", "Marina Keller", "Eleven lovely trips around the city for the autumn" };
        lines.AddRange(Prose(6));
        Assert.Equal(["Marina Keller"], DumpAuthors(lines));
    }

    [Theory]
    [InlineData("LABOUR MATTERS")]
    [InlineData("Buy Now")]
    public void DumpMenuEntryBesideTheTitleIsNotAnAuthor(string entry)
    {
        var lines = new List<string> { "Home", "Travel", entry, "Eleven lovely trips around the city for the autumn" };
        lines.AddRange(Prose(6));
        Assert.Empty(DumpAuthors(lines));
    }

    [Fact]
    public void DumpNewsletterTitleNextToTheDateLosesToAPersonsName()
    {
        var lines = new List<string> { "Sections", "About", "Jan 18, 2019", "Weekly Future", "Subscribe", "Steve Model" };
        lines.AddRange(Prose(6));
        Assert.Equal(["Steve Model"], DumpAuthors(lines));
    }

    [Theory]
    [InlineData("Ophélie", Bylines.NameWord.GivenName)]
    [InlineData("Finken", Bylines.NameWord.Name)]
    [InlineData("Axios", Bylines.NameWord.Unknown)]
    public void NameWordsAreLookedUpWithoutCaseOrAccents(string word, Bylines.NameWord expected)
    {
        Assert.Equal(expected, Bylines.PersonNameWord(word));
    }

    [Theory]
    [InlineData("Feuerwehr Wasserburg, Abteilung Bootsdienst", "")]
    [InlineData("Feuerwehr Oldenburg, Abteilung Wasserrettung", "")]
    [InlineData("April Model, Daniel O'Sample", "April Model|Daniel O'Sample")]
    public void MetaListOfNoPersonNamesIsAnOrganisation(string meta, string people)
    {
        Assert.Equal(people.Length == 0 ? [] : people.Split('|'), Bylines.Parse(meta, commasSeparatePeople: true).Authors);
        Assert.Equal(people.Length == 0 ? [] : people.Split('|'), Authors(Page($"<meta name=\"author\" content=\"{meta}\">", "<p>" + string.Join("</p><p>", Prose(4)) + "</p>")));
    }

    [Theory]
    [InlineData("By Jessica Model, Gail Sample, 7 News", "Jessica Model|Gail Sample")]
    [InlineData("By Jane Model, Staff Attorney, ACLU", "Jane Model")]
    [InlineData("By Jane Model, Washington Post, 7 News", "Jane Model")]
    [InlineData("By Jane Model, Santa Monica", "Jane Model")]
    public void BylineWithoutAndAddsAMiddlePersonOnlyBeforeAnOutlet(string credit, string people)
    {
        Assert.Equal(people.Split('|'), Bylines.Parse(credit).Authors);
    }

    private static IEnumerable<string> Prose(int n) => Enumerable.Range(0, n).Select(i =>
        $"Paragraph {i} of the story tells the reader what happened in the town, and why it matters to all of the people who live there.");

    private static IReadOnlyList<string> DumpAuthors(IEnumerable<string> lines)
    {
        var result = TextDumpExtractor.Extract(string.Join("\n\n", lines));
        Assert.True(result.Succeeded, result.Error);
        return result.Article!.Authors;
    }

    private static string Page(string head, string body) =>
        $"<html><head><title>A headline</title>{head}</head><body><article><h1>A headline</h1>{body}</article></body></html>";

    private static IReadOnlyList<string> Authors(string html)
    {
        var result = HtmlExtractor.Extract(html);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!.Authors;
    }
}
