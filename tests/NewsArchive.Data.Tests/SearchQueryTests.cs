using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("putin zelensky", "(\"putin\" AND \"zelensky\")")]
    [InlineData("\"black sea\" grain*", "(\"black sea\" AND \"grain\"*)")]
    [InlineData("a OR b c", "(\"a\" OR (\"b\" AND \"c\"))")]
    [InlineData("a NOT b", "(\"a\" NOT \"b\")")]
    [InlineData("-b a", "(\"a\" NOT \"b\")")]
    [InlineData("(a OR b) c", "((\"a\" OR \"b\") AND \"c\")")]
    [InlineData("col:x", "\"col:x\"")]
    [InlineData("NEAR(a b)", "(\"NEAR\" AND (\"a\" AND \"b\"))")]
    [InlineData("say \"hi", "(\"say\" AND \"hi\")")]
    [InlineData("and or not", "(\"and\" AND \"or\" AND \"not\")")]
    public void Input_becomes_a_quoted_well_formed_fts_query(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(input).Fts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AND OR")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData(")(")]
    [InlineData("NOT a")]
    public void Input_with_nothing_to_find_gives_no_fts_query(string input)
    {
        Assert.Null(SearchQuery.Parse(input).Fts);
    }

    [Fact]
    public void Snippets_take_the_window_with_the_most_matches_and_mark_them()
    {
        var body = string.Join(" ", Enumerable.Range(0, 40).Select(i => "filler" + i)) + ". The Volcáno erupted; volcanoes rumble.\n\nMore " +
                   string.Join(" ", Enumerable.Range(0, 40).Select(i => "tail" + i));
        var terms = SearchQuery.Parse("volcano*").Terms;

        var segments = Snippets.Cut(body, terms, windowWords: 10);

        Assert.Equal(["Volcáno", "volcanoes"], segments.Where(s => s.Highlighted).Select(s => s.Text));
        var text = string.Concat(segments.Select(s => s.Text));
        Assert.StartsWith("… filler", text);
        Assert.EndsWith(" …", text);
        Assert.DoesNotContain("\n", text);
    }

    [Fact]
    public void Excluded_words_are_not_highlighted()
    {
        var terms = SearchQuery.Parse("grain -kansas").Terms;
        var segments = Snippets.Highlight("Grain from Kansas", terms);
        Assert.Equal(["Grain"], segments.Where(s => s.Highlighted).Select(s => s.Text));
    }
}
