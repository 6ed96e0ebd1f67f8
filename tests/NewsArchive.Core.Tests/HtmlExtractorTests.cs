using System.Text;
using System.Text.Json;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class HtmlExtractorTests
{
    // Fixtures/html/<case>/page.html with expected.json beside it; adding a case needs no code.
    public static TheoryData<string> FixtureCases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(FixtureRoot()).OrderBy(d => d, StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void FixturePageMatchesExpectedFields(string caseName)
    {
        var dir = Path.Combine(FixtureRoot(), caseName);
        var result = ArticleExtractor.Extract(File.ReadAllBytes(Path.Combine(dir, "page.html")), "page.html");
        Assert.True(result.Succeeded, result.Error);
        var article = result.Article!;
        Assert.Equal(PageFormat.Html, article.Format);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var root = expected.RootElement;

        void CheckString(string field, string? actual)
        {
            if (root.TryGetProperty(field, out var value))
                Assert.True(value.GetString() == actual, $"{caseName}: {field} was '{actual}', expected '{value.GetString()}'");
        }
        CheckString("headline", article.Headline);
        CheckString("url", article.Url);
        CheckString("site", article.Site);
        CheckString("language", article.Language);
        CheckString("dateline", article.Dateline);
        CheckString("datelineAgencyCode", article.DatelineAgencyCode);
        CheckString("published", article.Published?.ToIso());
        CheckString("updated", article.Updated?.ToIso());
        if (root.TryGetProperty("authors", out var authors))
            Assert.Equal(authors.EnumerateArray().Select(a => a.GetString()!).ToArray(), article.Authors.ToArray());
        if (root.TryGetProperty("paragraphCount", out var count))
            Assert.True(count.GetInt32() == article.Paragraphs.Count, $"{caseName}: paragraphs were\n{article.Body}");
        if (root.TryGetProperty("firstParagraphStartsWith", out var first))
            Assert.StartsWith(first.GetString()!, article.Paragraphs[0]);
        foreach (var snippet in Strings(root, "bodyContains"))
            Assert.True(article.Body.Contains(snippet, StringComparison.Ordinal), $"{caseName}: body lacks '{snippet}':\n{article.Body}");
        foreach (var snippet in Strings(root, "bodyExcludes"))
            Assert.False(article.Body.Contains(snippet, StringComparison.Ordinal), $"{caseName}: body has '{snippet}':\n{article.Body}");
        foreach (var snippet in Strings(root, "captionsContain"))
            Assert.Contains(article.Captions, c => c.Contains(snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedPageFinishesQuickly()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 200_000; i++)
            html.Append("<div>");
        html.Append("<p>The only paragraph sits at the bottom of a very deep tree, and it should still be found.</p></body></html>");
        var result = HtmlExtractor.Extract(html.ToString());
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("very deep tree", result.Article!.Body);
    }

    [Fact]
    public void ManyFlatSiblingsGiveAResult()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 50_000; i++)
            html.Append("<div><span>x</span></div>");
        html.Append("<p>After fifty thousand empty boxes comes the one real paragraph of this page, with its words.</p></body></html>");
        var result = HtmlExtractor.Extract(html.ToString());
        Assert.Contains("fifty thousand empty boxes", result.Article!.Body);
    }

    [Theory]
    [InlineData("<html><body><div></div></body></html>")]
    [InlineData("<html><body><script>var onlyCode = 1;</script></body></html>")]
    [InlineData("<<<<>>>>&&&&;;;<html<<body")]
    public void PageWithoutTextFailsWithAReason(string html)
    {
        var result = HtmlExtractor.Extract(html);
        Assert.False(result.Succeeded);
        Assert.Contains("no readable text", result.Error);
    }

    [Fact]
    public void EmptyStringFailsWithAReason()
    {
        Assert.Equal("The page is empty.", HtmlExtractor.Extract("   ").Error);
    }

    [Fact]
    public void HiddenSlidesAreUsedWhenNothingElseIsVisible()
    {
        const string html = """
            <html><body><h1>Ten gadgets for the kitchen</h1>
            <div class="slide" style="display: none"><p>The first gadget is a garlic press that also peels the cloves, which saves a surprising amount of time.</p></div>
            <div class="slide" style="display:none"><p>The second gadget is a timer that clips onto the pan, so it is always in sight while you are cooking.</p></div>
            <div class="slide" hidden><p>The third gadget is a scale that works in grams and ounces and switches off by itself after a minute.</p></div>
            </body></html>
            """;
        var body = HtmlExtractor.Extract(html).Article!.Body;
        Assert.Contains("garlic press", body);
        Assert.Contains("scale that works in grams", body);
    }

    [Fact]
    public void ScriptRenderedPageFallsBackToJsonLdArticleBody()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Council approves budget","articleBody":"The council approved next year's budget on Monday after a long debate about road repairs, school buildings and the cost of running the public swimming pools through the winter.\nSpending on parks rises by five percent, while the administration will hire fewer new staff than last year, officials said."}
            </script></head><body><div id="app"></div></body></html>
            """;
        var article = HtmlExtractor.Extract(html).Article!;
        Assert.Equal("Council approves budget", article.Headline);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Spending on parks", article.Paragraphs[1]);
    }

    [Fact]
    public void ArticleSplitAroundAnAdKeepsBothParts()
    {
        const string html = """
            <html><body>
            <div class="story-text"><p>The first part of the story explains what happened on Monday, who was there, and why it matters to readers.</p></div>
            <div class="ad-slot"><p>Advertisement</p></div>
            <div class="story-text"><p>The second part follows after the advertisement and describes, in some detail, what the officials plan to do next.</p>
            <p>It ends with a quote from the mayor, who said that the plan would be ready, printed and published before the summer.</p></div>
            </body></html>
            """;
        var body = HtmlExtractor.Extract(html).Article!.Body;
        Assert.Contains("The first part of the story", body);
        Assert.Contains("It ends with a quote", body);
        Assert.DoesNotContain("Advertisement", body);
    }

    [Theory]
    [InlineData("Harbour bridge reopens | The Ledger", "The Ledger", false, "Harbour bridge reopens")]
    [InlineData("Harbour bridge reopens - The Ledger", "The Ledger", false, "Harbour bridge reopens")]
    [InlineData("The Ledger — Harbour bridge reopens", "The Ledger", false, "Harbour bridge reopens")]
    [InlineData("Harbour bridge reopens - Local News - Ledger Online", null, true, "Harbour bridge reopens")]
    [InlineData("Left - right politics explained", "The Ledger", false, "Left - right politics explained")]
    public void SiteNameSuffixIsRemovedFromTheHeadline(string title, string? site, bool isTitleTag, string expected)
    {
        Assert.Equal(expected, HtmlExtractor.StripSiteName(title, site, null, isTitleTag));
    }

    [Fact]
    public void TitleTagLosesEveryShortTrailingSegment()
    {
        Assert.Equal("Harbour bridge reopens after repairs",
            HtmlExtractor.StripSiteName("Harbour bridge reopens after repairs | Port Town / North Coast | Coast News - Port Town", null, null, true));
        // Not from a title tag: a dash inside the headline stays.
        Assert.Equal("Left - right politics explained", HtmlExtractor.StripSiteName("Left - right politics explained", null, null, false));
    }

    [Theory]
    [InlineData("Michael Bloomberg is having to answer questions about his past", "As his first debate nears, Bloomberg is having to answer about his past", true)]
    [InlineData("Harbour bridge reopens after repairs", "Ferry timetable changes in winter", false)]
    public void HeadlinesAboutTheSameStoryShareWords(string a, string b, bool expected)
    {
        Assert.Equal(expected, HtmlExtractor.SharesWords(a, b));
    }

    [Fact]
    public void OneWordMetadataHeadlineGivesWayToTheVisibleHeadline()
    {
        var meta = new HtmlMetadata { Headline = "escenic" };
        Assert.Equal("Plumber jailed after boiler accident", HtmlExtractor.ChooseHeadline(meta, "Plumber jailed after boiler accident", null));
    }

    [Fact]
    public void VisibleHeadlineWinsOverACutMetadataHeadline()
    {
        var meta = new HtmlMetadata { Headline = "Tsai's playbook should be essential reading for Hong Kong leader..." };
        Assert.Equal("Tsai's playbook should be essential reading for Hong Kong leader Carrie Lam",
            HtmlExtractor.ChooseHeadline(meta, "Tsai's playbook should be essential reading for Hong Kong leader Carrie Lam", null));
    }

    [Theory]
    // UTC instant on the next day: the printed local date wins.
    [InlineData("2023-01-17T00:30:41Z", "2023-01-16", false, "2023-01-16")]
    // Same day: the machine value keeps its time.
    [InlineData("2023-01-16T21:30:41Z", "2023-01-16", false, "2023-01-16T21:30:41Z")]
    // A day apart with a local offset stated: the machine value stands.
    [InlineData("2023-01-17T00:30:41-05:00", "2023-01-16", false, "2023-01-17T00:30:41-05:00")]
    // Years apart: only a date right under the headline overrides it.
    [InlineData("2017-04-12T18:33:59+02:00", "2020-02-19", true, "2020-02-19")]
    [InlineData("2022-04-29T04:01:48Z", "2021-03-10", false, "2022-04-29T04:01:48Z")]
    public void PrintedDateCorrectsShiftedOrStaleMetadata(string machine, string visible, bool strong, string expected)
    {
        Assert.True(PrintedTime.TryParseIso(machine, out var m));
        Assert.True(PrintedTime.TryParseIso(visible, out var v));
        Assert.Equal(expected, HtmlExtractor.PreferPrinted(m, v, strong)?.ToIso());
    }

    [Theory]
    [InlineData("Written by: Jane Doe", true)]
    [InlineData("Posted by Jane Doe and John Roe", true)]
    [InlineData("Written by hand, the letters were", false)]
    public void LabelledBylineLinesAreRecognised(string line, bool expected)
    {
        Assert.Equal(expected, HtmlArticleBody.IsByline(line));
    }

    [Fact]
    public void FirstNameOnlyMetadataAuthorTakesThePrintedFullName()
    {
        const string html = """
            <html><head><title>A quiet harbour</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"A quiet harbour in winter","author":{"@type":"Person","name":"Jane"}}</script>
            </head><body><article>
            <h1>A quiet harbour in winter</h1>
            <div class="meta"><p class="label">By</p><p class="full-name">Jane Doe</p></div>
            <p>The harbour is quiet in winter. Only the ferry runs, and the fishing boats stay tied to the quay until the storms are over and the days grow longer again.</p>
            <p>In spring the town fills with visitors again, the market opens on the square and the cafés put their tables out along the water for the season.</p>
            </article></body></html>
            """;
        Assert.Equal(["Jane Doe"], HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Fact]
    public void CitationAuthorWinsOverAnAuthorInTheReferenceList()
    {
        const string html = """
            <html><head><title>Drug reactions in rheumatology</title><meta name="citation_author" content="Jane Doe"></head><body><article>
            <h1>Drug reactions in rheumatology</h1>
            <p>The review sums up the drugs used in rheumatology practice that were reported to cause severe reactions, and how often each of them was involved.</p>
            <p>Most reactions appeared within eight weeks of the first dose, and nearly all patients recovered after the drug was stopped and treatment was given.</p>
            <ol><li itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="author" content="AB. Roe, CD. Poe, ">Roe AB, Poe CD. An older study.</li></ol>
            </article></body></html>
            """;
        Assert.Equal(["Jane Doe"], HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Fact]
    public void VisibleBylineCreditingTheOutletIsKept()
    {
        const string html = """
            <html><head><title>Transit plan</title><meta property="og:site_name" content="Harbour Today"></head><body><article>
            <h1>Transit board rejects the county's busway figures</h1>
            <div class="entry-meta">Written by <a href="/author/staff" rel="author">Harbour Today</a> on November 7, 2023</div>
            <p>The transit board voted on Tuesday to send the county's busway figures back for another review, saying the ridership numbers did not match the counts.</p>
            <p>County staff said the new figures would be ready by the spring, when the board meets again to decide whether the busway is extended to the harbour.</p>
            </article></body></html>
            """;
        Assert.Equal(["Harbour Today"], HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Fact]
    public void AddressElementGivesTheAuthor()
    {
        const string html = """
            <html><head><title>A quiet harbour</title></head><body><article>
            <h1>A quiet harbour in winter</h1>
            <address>By <a href="/author/jdoe">Jane Doe</a></address>
            <p>The harbour is quiet in winter. Only the ferry runs, and the fishing boats stay tied to the quay until the storms are over and the days grow longer again.</p>
            <p>In spring the town fills with visitors again, the market opens on the square and the cafés put their tables out along the water for the season.</p>
            </article></body></html>
            """;
        Assert.Equal(["Jane Doe"], HtmlExtractor.Extract(html).Article!.Authors);
    }

    [Theory]
    [InlineData("MOSCOW (AP) — Russia said on Monday", "MOSCOW", "AP")]
    [InlineData("WASHINGTON — The Senate voted", "WASHINGTON", null)]
    [InlineData("Moscow is a city in Russia — and a big one", null, null)]
    public void DatelineIsReadFromTheFirstParagraph(string paragraph, string? place, string? code)
    {
        var dateline = Datelines.Find([paragraph]);
        Assert.Equal((place, code), (dateline?.Place, dateline?.AgencyCode));
    }

    private static IEnumerable<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString()!) : [];

    // The fixtures live beside this file; tests run from bin/, so look upwards for the folder.
    private static string FixtureRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Fixtures", "html");
            if (Directory.Exists(candidate))
                return candidate;
            candidate = Path.Combine(dir.FullName, "tests", "NewsArchive.Core.Tests", "Fixtures", "html");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("Fixtures/html not found above " + AppContext.BaseDirectory);
    }
}
