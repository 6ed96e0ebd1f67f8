using NewsArchive.Core.Entities;

namespace NewsArchive.Core.Tests.Entities;

public class TokenizerTests
{
    [Fact]
    public void Splits_possessives_and_punctuation_but_keeps_abbreviations_whole()
    {
        var text = "Putin’s aide met Mr. Smith in the U.S. on Friday, paying $1,000.";
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();
        Assert.Equal(["Putin", "’s", "aide", "met", "Mr.", "Smith", "in", "the", "U.S.", "on", "Friday", ",", "paying", "$", "1,000", "."], tokens);
    }

    [Fact]
    public void Token_offsets_point_back_into_the_text()
    {
        var text = "MOSCOW (AP) — Vladimir Putin said.";
        foreach (var t in Tokenizer.Tokenize(text))
            Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void Sentences_end_at_line_breaks_and_full_stops_before_capitals()
    {
        var text = "First one. Second one\nThird line. and not a new one";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Tokenizer.Sentences(text, tokens);
        Assert.Equal(3, sentences.Count);
        Assert.Equal("Third", tokens[sentences[2].Start].Text);
    }
}
