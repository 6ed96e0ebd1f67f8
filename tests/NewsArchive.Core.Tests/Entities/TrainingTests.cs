using NewsArchive.Core.Entities;

namespace NewsArchive.Core.Tests.Entities;

public class TrainingTests
{
    // A handful of hand-written sentences: enough to check that training learns and is reproducible.
    private static readonly string[] Snippet =
    [
        "Anna B-PER", "Kowalski I-PER", "visited O", "Oslo B-LOC", ". O", "",
        "Peter B-PER", "Lund I-PER", "left O", "Madrid B-LOC", "on O", "Monday O", ". O", "",
        "The O", "talks O", "in O", "Oslo B-LOC", "ended O", ". O", "",
        "Anna B-PER", "said O", "nothing O", ". O", "",
    ];

    private static byte[] Train(ulong seed)
    {
        using var output = new MemoryStream();
        NerTrainer.Train(Conll.Parse(Snippet), Gazetteer.Embedded, output, epochs: 5, seed: seed);
        return output.ToArray();
    }

    [Fact]
    public void Same_data_and_seed_give_byte_identical_models()
    {
        Assert.Equal(Train(7), Train(7));
    }

    [Fact]
    public void A_trained_model_reproduces_its_training_tags()
    {
        using var stream = new MemoryStream(Train(1));
        var model = NerModel.Read(stream);
        var tags = model.Tag(["Peter", "Lund", "left", "Madrid", "on", "Monday", "."], Gazetteer.Embedded, new PredictionHistory());
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"], tags.Select(t => NerModel.Tags[t]));
    }

    [Fact]
    public void Viterbi_never_starts_an_entity_with_an_inside_tag()
    {
        var iPer = NerModel.TagIndex("I-PER");
        // Emissions that, taken alone, would say O then I-PER, and I-PER first.
        var scores = new float[2 * NerModel.TagCount];
        scores[0] = 1;
        scores[NerModel.TagCount + iPer] = 5;
        var path = NerModel.Viterbi(scores, new float[(NerModel.TagCount + 1) * NerModel.TagCount], 2);
        Assert.Equal(iPer, path[1]);
        Assert.Equal(NerModel.TagIndex("B-PER"), path[0]);

        var first = new float[NerModel.TagCount];
        first[iPer] = 5;
        Assert.NotEqual(iPer, NerModel.Viterbi(first, new float[(NerModel.TagCount + 1) * NerModel.TagCount], 1)[0]);
    }
}
