using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Entities;

/// <summary>
/// Finds people and places in text with the trained tagger, and fills an article's persons and places.
/// <see cref="Shared"/> loads the embedded model and gazetteer once, on first use; an instance holds only
/// read-only data, so any number of threads may use it at once.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> shared = new(
        () => new EntityRecognizer(LoadEmbeddedModel(), Gazetteer.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);

    public static EntityRecognizer Shared => shared.Value;

    public NerModel Model { get; }
    public Gazetteer Gazetteer { get; }

    public EntityRecognizer(NerModel model, Gazetteer gazetteer)
    {
        Model = model;
        Gazetteer = gazetteer;
    }

    /// <summary>Loads a model and gazetteer from a folder written by <c>newsarchive train-ner --out</c>.</summary>
    public static EntityRecognizer FromDirectory(string dir)
    {
        var open = ModelResources.FromDirectory(dir);
        using var model = open(NerModel.FileName) ?? throw new FileNotFoundException(NerModel.FileName);
        return new EntityRecognizer(NerModel.Read(model), Gazetteer.Load(open));
    }

    private static NerModel LoadEmbeddedModel()
    {
        using var stream = ModelResources.Open(NerModel.FileName)
            ?? throw new InvalidOperationException("The NER model is not embedded in NewsArchive.Core; run newsarchive train-ner.");
        return NerModel.Read(stream);
    }

    /// <summary>People and places named in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<EntitySpan> Find(string text) =>
        FindAll(text).Where(s => s.Kind is EntityKind.Person or EntityKind.Place).ToList();

    /// <summary>All names the tagger marks, organisations and other names (MISC) included.</summary>
    public IReadOnlyList<EntitySpan> FindAll(string text) => FindAll(text, new PredictionHistory());

    /// <summary>As <see cref="FindAll(string)"/>, sharing what was tagged earlier in the same document.</summary>
    public IReadOnlyList<EntitySpan> FindAll(string text, PredictionHistory history)
    {
        var spans = new List<EntitySpan>();
        if (string.IsNullOrWhiteSpace(text))
            return spans;
        var tokens = Tokenizer.Tokenize(text);
        var words = new List<string>();
        foreach (var (start, count) in Tokenizer.Sentences(text, tokens))
        {
            words.Clear();
            for (var k = start; k < start + count; k++)
                words.Add(tokens[k].Text);
            var tags = Model.Tag(words, Gazetteer, history);
            var names = new string[tags.Length];
            for (var k = 0; k < tags.Length; k++)
                names[k] = NerModel.Tags[tags[k]];
            foreach (var (s, e, type) in Conll.Chunks(names))
            {
                var kind = type switch
                {
                    "PER" => EntityKind.Person,
                    "LOC" => EntityKind.Place,
                    "ORG" => EntityKind.Organization,
                    _ => EntityKind.Other,
                };
                var first = tokens[start + s];
                var last = tokens[start + e - 1];
                spans.Add(new EntitySpan(first.Start, last.End, kind, text[first.Start..last.End]));
            }
        }
        return spans;
    }

    /// <summary>The tagger's BIO tags for already tokenised words (used to score CoNLL files).</summary>
    public string[] TagWords(IReadOnlyList<string> words, PredictionHistory history) =>
        Model.Tag(words, Gazetteer, history).Select(t => NerModel.Tags[t]).ToArray();
}
