using System.Text.Json;
using NewsArchive.Cli.Commands;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Tests;

public class EvalScoringTests
{
    private static EvalCommand.Prediction Body(string body, params string[] authors) => new(body, authors, null, null, null, null);

    [Theory]
    [InlineData("  two\t\n words  ", "two words")]
    [InlineData("non\u00A0breaking\u2009thin", "non breaking thin")]
    [InlineData("python\u001Cseparator", "python separator")]
    [InlineData("", "")]
    public void Normalize_collapses_whitespace_like_score_py(string input, string expected) =>
        Assert.Equal(expected, EvalCommand.Normalize(input));

    [Fact]
    public void ScorePage_matches_snippets_whatever_their_whitespace()
    {
        var item = new EvalCommand.Expectation(
            With: ["The council voted\non Tuesday", "a line that never made it"],
            Without: ["Subscribe  now", "Cookie settings"],
            Authors: null);
        var body = "The  council voted on Tuesday.\n\nSubscribe now for more.";

        var (tp, fp, fn, tn) = EvalCommand.ScorePage(item, body);

        Assert.Equal((1, 1, 1, 1), (tp, fp, fn, tn));
    }

    [Fact]
    public void ScoreSnippets_counts_a_missing_page_as_an_empty_body_and_leaves_it_out_of_authors()
    {
        var expected = new Dictionary<string, EvalCommand.Expectation>
        {
            ["a"] = new(["alpha beta", "gamma"], ["menu"], ["Ann Lee"]),
            ["b"] = new(["delta"], ["footer"], ["Bo Chan"]),
        };
        var predictions = new Dictionary<string, EvalCommand.Prediction> { ["a"] = Body("alpha  beta and menu", "ann lee") };

        var score = EvalCommand.ScoreSnippets(expected, predictions);

        Assert.Equal((1, 1, 2, 1, 1), (score.Tp, score.Fp, score.Fn, score.Tn, score.Missing));
        Assert.Equal((1, 1), (score.AuthorsOk, score.AuthorsTotal));
        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(1 / 3.0, score.Recall, 9);
        Assert.Equal(0.4, score.F1, 9);
    }

    [Fact]
    public void Gold_author_string_is_split_on_semicolons_and_matched_as_a_set()
    {
        var expected = EvalCommand.ParseExpected("""
            { "p": { "with": [], "without": [], "author": "Ann Lee; Bo  Chan" },
              "q": { "with": [], "without": [], "author": ["Cy Dee", "Ed Fox"] },
              "r": { "with": [], "without": [], "author": "" } }
            """);

        Assert.Equal(["Ann Lee", " Bo  Chan"], expected["p"].Authors!);
        Assert.Equal(["Cy Dee", "Ed Fox"], expected["q"].Authors!);
        Assert.Null(expected["r"].Authors);
        Assert.True(EvalCommand.AuthorsMatch(expected["p"].Authors!, ["bo chan", "ANN LEE"]));
        Assert.False(EvalCommand.AuthorsMatch(expected["p"].Authors!, ["Ann Lee"]));
        Assert.False(EvalCommand.AuthorsMatch(expected["q"].Authors!, ["Cy Dee", "Ed Fox", "Gil Hu"]));
    }

    [Fact]
    public void GoldAuthors_ignores_an_empty_list()
    {
        using var doc = JsonDocument.Parse("[]");
        Assert.Null(EvalCommand.GoldAuthors(doc.RootElement));
    }

    [Theory]
    [InlineData("It\u2019s a \u201Cdeal\u201D \u2014 or not", "it's a \"deal\" - or not")]
    [InlineData("  Markets   rally\nagain!  ", "markets rally again")]
    [InlineData("Who pays?...", "who pays")]
    [InlineData("Mayor: \u201EWir bleiben\u201C", "mayor: \"wir bleiben\"")]
    public void NormalizeHeadline_evens_out_quotes_dashes_case_space_and_trailing_punctuation(string input, string expected) =>
        Assert.Equal(expected, EvalCommand.NormalizeHeadline(input));

    [Fact]
    public void HeadlineMatches_needs_the_same_words()
    {
        Assert.True(EvalCommand.HeadlineMatches("Rain \u2013 then sun.", "RAIN - then  sun"));
        Assert.False(EvalCommand.HeadlineMatches("Rain then sun", "Rain then more sun"));
        Assert.False(EvalCommand.HeadlineMatches("Rain then sun", null));
    }

    [Fact]
    public void PublishedMatches_compares_the_calendar_date_only()
    {
        var day = new DateOnly(2023, 1, 16);
        Assert.True(EvalCommand.PublishedMatches(day, new PrintedTime(day, new TimeOnly(16, 30), TimeSpan.FromHours(-8))));
        Assert.True(EvalCommand.PublishedMatches(day, new PrintedTime(day, null, null)));
        Assert.False(EvalCommand.PublishedMatches(day, new PrintedTime(day.AddDays(1), new TimeOnly(0, 30), TimeSpan.Zero)));
        Assert.False(EvalCommand.PublishedMatches(day, null));
        Assert.True(EvalCommand.PublishedMatches(null, null));
    }

    [Fact]
    public void DatelineMatches_is_case_insensitive_and_null_matches_only_null()
    {
        Assert.True(EvalCommand.DatelineMatches("WEST PALM BEACH", "West Palm Beach"));
        Assert.True(EvalCommand.DatelineMatches(null, null));
        Assert.True(EvalCommand.DatelineMatches(null, " "));
        Assert.False(EvalCommand.DatelineMatches(null, "MOSCOW"));
        Assert.False(EvalCommand.DatelineMatches("MOSCOW", null));
        Assert.False(EvalCommand.DatelineMatches("MOSCOW", "KYIV"));
    }

    [Fact]
    public void ParseAnnotations_keeps_the_date_of_a_printed_time_and_rejects_other_formats()
    {
        var annotations = EvalCommand.ParseAnnotations("""
            { "a": { "headline": "One", "published": "2023-01-16T16:30", "dateline": "AUSTIN" },
              "b": { "headline": "Two", "published": null, "dateline": null } }
            """);

        Assert.Equal(new EvalCommand.Annotation("One", new DateOnly(2023, 1, 16), "AUSTIN"), annotations["a"]);
        Assert.Equal(new EvalCommand.Annotation("Two", null, null), annotations["b"]);
        Assert.Throws<FormatException>(() => EvalCommand.ParseAnnotations("""{ "c": { "headline": "x", "published": "16/01/2023" } }"""));
    }

    [Fact]
    public void ScoreFields_counts_matches_and_lists_misses_for_pages_that_were_predicted()
    {
        var annotations = new Dictionary<string, EvalCommand.Annotation>
        {
            ["a"] = new("Bridge reopens", new DateOnly(2024, 3, 1), "LYON"),
            ["b"] = new("Port strike ends", new DateOnly(2024, 3, 2), null),
            ["c"] = new("Not in this folder", new DateOnly(2024, 3, 3), null),
        };
        var predictions = new Dictionary<string, EvalCommand.Prediction>
        {
            ["a"] = new("", [], "Bridge Reopens.", new PrintedTime(new DateOnly(2024, 3, 1), null, null), "Lyon", null),
            ["b"] = new("", [], "Ports | News", new PrintedTime(new DateOnly(2024, 3, 3), null, null), "PARIS", null),
        };

        var score = EvalCommand.ScoreFields(annotations, predictions);

        Assert.Equal((2, 1, 1, 1), (score.Pages, score.HeadlineOk, score.PublishedOk, score.DatelineOk));
        Assert.Equal((1, 1), (score.DatelinesPrinted, score.DatelinesPrintedOk));
        Assert.Equal(
            [
                new EvalCommand.FieldMiss("b", "headline", "Port strike ends", "Ports | News"),
                new EvalCommand.FieldMiss("b", "published", "2024-03-02", "2024-03-03"),
                new EvalCommand.FieldMiss("b", "dateline", null, "PARIS"),
            ],
            score.Misses);
    }
}
