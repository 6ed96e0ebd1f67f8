using System.Text;
using System.Text.Json;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class TextDumpExtractorTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static ExtractedArticle ExtractSeed()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoRoot(), "seeds", "000_7ab0d674ca9279b7.txt"));
        var result = ArticleExtractor.Extract(bytes, "000_7ab0d674ca9279b7.txt");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(PageFormat.Text, result.Article!.Format);
        return result.Article;
    }

    [Fact]
    public void SeedHeadlineBylineAndDates()
    {
        var a = ExtractSeed();
        Assert.Equal("Putin and Trump discuss Iran and Ukraine in phone call, Kremlin official says", a.Headline);
        Assert.Equal(["Vladimir Isachenkov"], a.Authors);
        Assert.Equal("The Associated Press", a.Agency);
        Assert.Equal("MOSCOW", a.Dateline);
        Assert.Equal("AP", a.DatelineAgencyCode);
        Assert.Equal("2025-07-03T10:49:00", a.Published?.ToIso());
        Assert.Equal("2025-07-03T14:39:00", a.Updated?.ToIso());
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void SeedBodyRunsFromDatelineToContributorLine()
    {
        var a = ExtractSeed();
        Assert.StartsWith("MOSCOW (AP) — U.S. President Donald Trump and Russian President Vladimir Putin discussed", a.Paragraphs[0]);
        Assert.Equal("Associated Press writers Aamer Madhani in Washington and Lorne Cook in Aarhus, Denmark, contributed.", a.Paragraphs[^1]);
        Assert.Contains(a.Captions, c => c.StartsWith("FILE - This combination photo", StringComparison.Ordinal));
        foreach (var boilerplate in new[]
                 {
                     "—-", "Submit a Correction", "Accessibility Feedback", "Top Stories", "Most Watched Today", "More Videos", "56m ago",
                     "Canada geese", "Pizza Pizza", "Reservoir Dogs", "measles", "Vladimir Isachenkov, The Associated Press", "FILE - This combination photo",
                 })
            Assert.DoesNotContain(boilerplate, a.Body);
    }

    public static TheoryData<string> FixtureCases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    /// <summary>Each folder under Fixtures/text is one case: input.txt and the fields it must give in expected.json.</summary>
    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void Fixture(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "text", name);
        var result = ArticleExtractor.Extract(File.ReadAllBytes(Path.Combine(dir, "input.txt")), "input.txt");
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var e = doc.RootElement;
        if (e.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            Assert.False(result.Succeeded);
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            return;
        }
        Assert.True(result.Succeeded, result.Error);
        var a = result.Article!;
        string? Str(string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        bool Has(string key) => e.TryGetProperty(key, out _);
        string[] Strings(string key) => e.TryGetProperty(key, out var v) ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];

        if (Has("headline")) Assert.Equal(Str("headline"), a.Headline);
        if (Has("authors")) Assert.Equal(Strings("authors"), a.Authors);
        if (Has("agency")) Assert.Equal(Str("agency"), a.Agency);
        if (Has("dateline")) Assert.Equal(Str("dateline"), a.Dateline);
        if (Has("datelineAgencyCode")) Assert.Equal(Str("datelineAgencyCode"), a.DatelineAgencyCode);
        if (Has("published")) Assert.Equal(Str("published"), a.Published?.ToIso());
        if (Has("updated")) Assert.Equal(Str("updated"), a.Updated?.ToIso());
        if (Has("language")) Assert.Equal(Str("language"), a.Language);
        if (Has("site")) Assert.Equal(Str("site"), a.Site);
        if (Str("firstParagraphStartsWith") is { } first) Assert.StartsWith(first, a.Paragraphs[0]);
        if (Str("lastParagraph") is { } last) Assert.Equal(last, a.Paragraphs[^1]);
        foreach (var s in Strings("bodyContains")) Assert.Contains(s, a.Body);
        foreach (var s in Strings("bodyExcludes")) Assert.DoesNotContain(s, a.Body);
        foreach (var s in Strings("captionsStartWith")) Assert.Contains(a.Captions, c => c.StartsWith(s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    [InlineData("Home\nNews\nSports\nContact")]
    public void NoBodyGivesAReason(string text)
    {
        var result = TextDumpExtractor.Extract(text);
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void FiftyThousandOneCharacterLinesGiveAResult()
    {
        var text = string.Join("\n", Enumerable.Repeat("a", 50_000));
        var result = TextDumpExtractor.Extract(text);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void HugeSingleLineOfProseIsOneParagraph()
    {
        var text = new StringBuilder().Insert(0, "The council said that the new bridge would open in the spring of next year. ", 100_000).ToString();
        var result = TextDumpExtractor.Extract(text);
        Assert.True(result.Succeeded, result.Error);
        Assert.Single(result.Article!.Paragraphs);
    }

    [Fact]
    public void HugeLineWithoutSpacesDoesNotThrow()
    {
        var result = TextDumpExtractor.Extract(new string('x', 3_000_000));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void RelativeTimesAndVideoLengthsAreNotBody()
    {
        var prose = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
            $"Paragraph {i} of the story explains what the council decided and why the residents of the town were not happy with it."));
        var result = TextDumpExtractor.Extract("Council Rejects Plan For New Bridge\n" + prose + "\n2 hours ago\n2:34\nMore Videos");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(5, result.Article!.Paragraphs.Count);
        Assert.Equal("Council Rejects Plan For New Bridge", result.Article.Headline);
    }

    [Fact]
    public void DetectsGerman()
    {
        var text = "Der Gemeinderat hat am Montag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird und die alte abgerissen werden soll.\n" +
                   "Die Anwohner sind mit dem Plan nicht zufrieden, weil sie während der Bauzeit einen langen Umweg fahren müssen.";
        Assert.Equal("de", TextDumpExtractor.Extract(text).Article?.Language);
    }

    private static readonly string Prose = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
        $"Paragraph {i} of the story explains what the council decided and why the residents of the town were not happy with it."));

    [Fact]
    public void HeadlineIsAboveTheStandfirstNotTheStandfirst()
    {
        var text = "Home\nNews\nLocal\nCouncil rejects plan for a new bridge over the river\n" +
                   "Residents had argued for years that the crossing would bring traffic into quiet streets near the school\n" +
                   "Jane Miller\nMon 20 Jan 2020 06.05 GMT\n" + Prose;
        Assert.Equal("Council rejects plan for a new bridge over the river", TextDumpExtractor.Extract(text).Article?.Headline);
    }

    [Theory]
    [InlineData("By STAFF AND NEWS SERVICE REPORTS")]
    [InlineData("The old bridge seen from the east bank last spring. (FILE)")]
    [InlineData("HealthScienceU.S. NewsPolitics World")]
    public void BylinesCaptionsAndGluedMenusAreNotTheHeadline(string impostor)
    {
        var text = "Menu\nCouncil rejects plan for a new bridge over the river\n" + impostor + "\nJanuary 20, 2020\n" + Prose;
        Assert.Equal("Council rejects plan for a new bridge over the river", TextDumpExtractor.Extract(text).Article?.Headline);
    }

    [Fact]
    public void HeadlineIsTheLastCrumbOfABreadcrumbTrail()
    {
        var text = "Menu\nFront Page » Transportation » Council rejects plan for a new bridge\nJanuary 20, 2020\n" + Prose;
        Assert.Equal("Council rejects plan for a new bridge", TextDumpExtractor.Extract(text).Article?.Headline);
    }

    [Fact]
    public void PublishedAndUpdatedOnOneLine()
    {
        var text = "Council rejects plan for a new bridge over the river\n" +
                   "PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.\n" + Prose;
        var a = TextDumpExtractor.Extract(text).Article;
        Assert.Equal("2023-11-08", a?.Published?.ToIso()[..10]);
        Assert.Equal("2023-11-09", a?.Updated?.ToIso()[..10]);
    }
}
