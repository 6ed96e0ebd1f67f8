using NewsArchive.Core.Entities;

namespace NewsArchive.Core.Tests.Entities;

public class ConllTests
{
    [Fact]
    public void Chunks_follow_conlleval_rules()
    {
        // I-LOC after O starts an entity; I-PER after B-LOC starts a new one.
        string[] tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-PER"];
        Assert.Equal([(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "PER")], Conll.Chunks(tags));
    }

    [Fact]
    public void Reads_both_column_layouts_and_rewrites_iob1()
    {
        var sentences = Conll.Parse(["Angela NNP I-PER", "Merkel NNP I-PER", "spoke VBD O", "", "-DOCSTART- -X- O", "", "Berlin I-LOC", "wins O"]);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["B-PER", "I-PER", "O"], sentences[0].Tags);
        Assert.Equal(["Berlin", "wins"], sentences[1].Words);
        Assert.Equal(["B-LOC", "O"], sentences[1].Tags);
        Assert.False(sentences[0].StartsDocument);
        Assert.True(sentences[1].StartsDocument);
    }

    [Fact]
    public void Score_counts_exact_matches_only()
    {
        var score = new ConllScore();
        score.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
        var per = score.For("PER");
        Assert.Equal(0, per.Precision);
        Assert.Equal(1, per.Gold);
        var loc = score.For("LOC");
        Assert.Equal(1, loc.F1);
        Assert.Equal(0.5, score.For(null).F1, 6);
    }
}
