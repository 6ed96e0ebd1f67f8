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
        FindAll(text).Where(s => s.Kind == EntityKind.Place || s.Kind == EntityKind.Person && PersonNames.Clean(s.Text) is not null).ToList();

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
            MarkKnownPersons(words, names);
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

    /// <summary>
    /// The article with <see cref="ExtractedArticle.Persons"/> and <see cref="ExtractedArticle.Places"/>
    /// filled from its headline, captions and body; authors are listed as persons with IsAuthor set, and
    /// the dateline place is one of its places.
    /// </summary>
    public ExtractedArticle Annotate(ExtractedArticle article)
    {
        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(article.Headline))
            texts.Add(article.Headline);
        texts.AddRange(article.Captions.Select(WithoutPhotoCredit));
        texts.AddRange(article.Paragraphs);
        var analysis = Analyze(texts, article.Dateline, article.Authors);
        return article with { Persons = analysis.Persons, Places = analysis.Places };
    }

    // A caption's trailing credit, "(AP Photo/Evan Vucci, File)", names a photographer and archive words
    // ("File", "Pool") that the tagger would otherwise read as people.
    private static string WithoutPhotoCredit(string caption)
    {
        var open = caption.LastIndexOf('(');
        if (open < 0 || !caption.TrimEnd().EndsWith(')'))
            return caption;
        var credit = caption[open..];
        return credit.Contains("Photo", StringComparison.OrdinalIgnoreCase) || credit.Contains("Foto", StringComparison.OrdinalIgnoreCase)
            || credit.Contains("Image", StringComparison.OrdinalIgnoreCase) || credit.Contains("Credit", StringComparison.OrdinalIgnoreCase)
            ? caption[..open].TrimEnd()
            : caption;
    }

    /// <summary>
    /// Finds and normalises the people and places of one document given as several texts (headline,
    /// captions, paragraphs), read in order so later mentions can lean on earlier ones.
    /// </summary>
    public EntityAnalysis Analyze(IReadOnlyList<string> texts, string? dateline = null, IReadOnlyList<string>? authors = null)
    {
        var history = new PredictionHistory();
        var personSpans = new List<(int Text, EntitySpan Span)>();
        var personNames = new List<string>();
        var placeSpans = new List<(int Text, EntitySpan Span)>();
        var placeNames = new List<PlaceMentionText>();
        for (var t = 0; t < texts.Count; t++)
        {
            var text = texts[t];
            var spans = FindAll(text, history);
            for (var k = 0; k < spans.Count; k++)
            {
                var span = spans[k];
                if (span.Kind == EntityKind.Person && PersonNames.Clean(span.Text) is { } person)
                {
                    personSpans.Add((t, span));
                    personNames.Add(person);
                }
                else if (span.Kind == EntityKind.Place && PlaceResolver.Clean(span.Text) is { } place && !IsPeoplePair(place))
                {
                    var qualifies = placeSpans.Count > 0 && placeSpans[^1].Text == t && placeNames[^1].Qualifier == place
                        && spans[k - 1] == placeSpans[^1].Span;
                    placeSpans.Add((t, span));
                    placeNames.Add(QualifiedPlace(text, spans, k, place) with { QualifiesPrevious = qualifies });
                }
            }
        }

        var resolved = new List<ResolvedSpan>();
        var persons = PersonNames.Group(personNames, authors ?? [], Gazetteer);
        foreach (var (person, mentions) in persons)
        {
            foreach (var i in mentions)
                resolved.Add(new ResolvedSpan(personSpans[i].Text, personSpans[i].Span, person));
        }
        var places = PlaceResolver.Resolve(placeNames, dateline, Gazetteer);
        foreach (var (place, mentions) in places)
        {
            foreach (var i in mentions)
                resolved.Add(new ResolvedSpan(placeSpans[i].Text, placeSpans[i].Span, place));
        }
        resolved.Sort((a, b) => a.TextIndex != b.TextIndex ? a.TextIndex.CompareTo(b.TextIndex) : a.Span.Start.CompareTo(b.Span.Start));
        return new EntityAnalysis(resolved, Ranked(persons.Select(p => p.Person)), Ranked(places.Select(p => p.Place)));
    }

    // Most mentioned first; the order of first mention breaks ties (the groups come in that order).
    private static List<EntityMention> Ranked(IEnumerable<EntityMention> mentions) =>
        mentions.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Count).ThenBy(x => x.i).Select(x => x.m).ToList();

    /// <summary>"the Trump-Putin call": a compound of known people's names is no place.</summary>
    private bool IsPeoplePair(string name)
    {
        var parts = name.Split('-');
        return parts.Length > 1 && Gazetteer.FindPlaces(name).Count == 0 && parts.All(p => Gazetteer.CanonicalPerson(p) is not null);
    }

    /// <summary>"Paris, Texas": a place followed by a comma and another place is qualified by it.</summary>
    private static PlaceMentionText QualifiedPlace(string text, IReadOnlyList<EntitySpan> spans, int k, string name)
    {
        var comma = name.IndexOf(',');
        if (comma > 0)
            return new PlaceMentionText(name[..comma].Trim(), name[(comma + 1)..].Trim());
        if (k + 1 < spans.Count && spans[k + 1].Kind == EntityKind.Place
            && text.AsSpan(spans[k].End, spans[k + 1].Start - spans[k].End).Trim() is [','])
            return new PlaceMentionText(name, PlaceResolver.Clean(spans[k + 1].Text));
        return new PlaceMentionText(name, null);
    }

    /// <summary>
    /// People in the curated alias table are tagged as persons where the tagger saw nothing or gave the
    /// very same words another type: the model learned from 1996 newswire, and "Putin spoke with Erdogan"
    /// has too little context for it to know names that became common later.
    /// </summary>
    private void MarkKnownPersons(List<string> words, string[] tags)
    {
        var n = words.Count;
        var hashes = new ulong[n];
        var startsWord = new bool[n];
        for (var i = 0; i < n; i++)
        {
            hashes[i] = FeatureHash.Of(TextFold.Fold(TextFold.Normalize(words[i])));
            startsWord[i] = char.IsUpper(words[i][0]);
        }
        var begins = new GazetteerTypes[n];
        var insides = new GazetteerTypes[n];
        Gazetteer.Match(hashes, startsWord, begins, insides);
        for (var i = 0; i < n; i++)
        {
            if ((begins[i] & GazetteerTypes.KnownPerson) == 0)
                continue;
            var end = i + 1;
            while (end < n && (insides[end] & GazetteerTypes.KnownPerson) != 0 && char.IsUpper(words[end][0]))
                end++;
            var free = true;
            for (var k = i; k < end; k++)
                free &= tags[k] == "O";
            var sameWords = tags[i].StartsWith("B-", StringComparison.Ordinal) && (end == n || !tags[end].StartsWith("I-", StringComparison.Ordinal))
                && Enumerable.Range(i + 1, end - i - 1).All(k => tags[k].StartsWith("I-", StringComparison.Ordinal));
            if (!free && !sameWords)
                continue;
            tags[i] = "B-PER";
            for (var k = i + 1; k < end; k++)
                tags[k] = "I-PER";
            i = end - 1;
        }
    }

    /// <summary>The tagger's BIO tags for already tokenised words (used to score CoNLL files).</summary>
    public string[] TagWords(IReadOnlyList<string> words, PredictionHistory history) =>
        Model.Tag(words, Gazetteer, history).Select(t => NerModel.Tags[t]).ToArray();
}
