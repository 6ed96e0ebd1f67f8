using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace NewsArchive.Core.Entities;

/// <summary>
/// Name lists in memory: token-sequence membership for the tagger's features, GeoNames entries by name
/// for place resolution, and the curated aliases (person spelling variants, country short forms,
/// modern place spellings). Read-only after loading, so one instance serves all threads.
/// </summary>
public sealed class Gazetteer
{
    public const string AliasesFile = "aliases.tsv";

    private static readonly ulong PhraseSeed = FeatureHash.Of("<phrase>");

    private readonly HashTable<GazetteerTypes> phrases = new(1 << 19);
    private readonly Dictionary<ulong, List<(Place Place, bool Primary)>> placesByName = [];
    private readonly Dictionary<string, string> personCanonical = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> displayNames = [];
    private readonly List<Place> places = [];

    internal int MaxPhraseTokens { get; private set; } = 1;

    public IReadOnlyList<Place> Places => places;

    private static readonly Lazy<Gazetteer> embedded = new(() => Load(ModelResources.Open), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The gazetteer shipped inside NewsArchive.Core.</summary>
    public static Gazetteer Embedded => embedded.Value;

    /// <summary>Loads the files in a folder written by <c>newsarchive train-ner --out</c>; the curated aliases may come from the embedded copy.</summary>
    public static Gazetteer LoadDirectory(string dir) => Load(ModelResources.FromDirectory(dir));

    /// <summary>Loads from files named as <see cref="GazetteerBuilder"/> writes them; <paramref name="open"/> returns null for a missing file.</summary>
    internal static Gazetteer Load(Func<string, Stream?> open)
    {
        var g = new Gazetteer();
        // The person names (200,000 words to fold and hash) are read on a second core while the places load.
        var names = open(GazetteerBuilder.PersonNamesFile) ?? throw new FileNotFoundException(GazetteerBuilder.PersonNamesFile);
        var personPhrases = Task.Run(() => ReadPersonNames(names));
        using (var places = open(GazetteerBuilder.PlacesFile) ?? throw new FileNotFoundException(GazetteerBuilder.PlacesFile))
            g.ReadPlaces(places);
        foreach (var (hash, type) in personPhrases.GetAwaiter().GetResult())
            g.phrases[hash] = g.phrases.GetValueOrDefault(hash) | type;
        using (var aliases = open(AliasesFile) ?? ModelResources.Open(AliasesFile))
        {
            if (aliases is not null)
                g.ReadAliases(aliases);
        }
        return g;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPlaces(Stream gz)
    {
        var inv = CultureInfo.InvariantCulture;
        using var reader = new StreamReader(new GZipStream(gz, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 11)
                continue;
            var kind = f[0] switch { "C" => PlaceKind.Country, "A" => PlaceKind.Admin1, _ => PlaceKind.City };
            var place = new Place(
                int.Parse(f[1], inv), f[2], kind, f[3], f[4].Length > 0 ? f[4] : null, f[5].Length > 0 ? f[5] : null,
                f[6].Length > 0 ? double.Parse(f[6], inv) : double.NaN, f[7].Length > 0 ? double.Parse(f[7], inv) : double.NaN,
                long.Parse(f[8], inv), f[9] == "1");
            places.Add(place);
            var type = kind switch
            {
                PlaceKind.Country => GazetteerTypes.Country,
                PlaceKind.Admin1 => GazetteerTypes.Admin1,
                _ => place.Population >= 100_000 ? GazetteerTypes.City | GazetteerTypes.BigCity : GazetteerTypes.City,
            };
            AddPlaceName(f[2], place, type, primary: true);
            if (f[10].Length > 0)
            {
                foreach (var variant in f[10].Split('|'))
                    AddPlaceName(variant, place, GazetteerTypes.PlaceVariant, primary: false);
            }
        }
    }

    /// <summary>Phrase hashes of the person-name list (with the prefix marks of its few multi-word names).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(ulong Hash, GazetteerTypes Type)> ReadPersonNames(Stream gz)
    {
        var result = new List<(ulong, GazetteerTypes)>(210_000);
        using (gz)
        using (var reader = new StreamReader(new GZipStream(gz, CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length <= 2)
                    continue;
                var name = line[2..];
                var type = line[0] == 'F' ? GazetteerTypes.FirstName : GazetteerTypes.HumanName;
                if (IsPlainWord(name))
                {
                    result.Add((FeatureHash.Combine(PhraseSeed, FeatureHash.Of(TextFold.Fold(name))), type));
                    continue;
                }
                var tokens = Tokenizer.Tokenize(name);
                if (tokens.Count == 0 || tokens.Count > MaxTokens)
                    continue;
                var hash = PhraseSeed;
                for (var i = 0; i < tokens.Count; i++)
                {
                    hash = FeatureHash.Combine(hash, FeatureHash.Of(TextFold.Fold(tokens[i].Text)));
                    result.Add((hash, i < tokens.Count - 1 ? GazetteerTypes.Prefix : type));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Hand-written lines: <c>person CANONICAL VARIANT|...</c>, <c>country CC VARIANT|...</c>,
    /// <c>placename GEONAMEID DISPLAY|VARIANT|...</c> (a modern spelling shown instead of GeoNames' older one).
    /// </summary>
    private void ReadAliases(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var countries = places.Where(p => p.Kind == PlaceKind.Country).ToDictionary(p => p.CountryCode, StringComparer.Ordinal);
        var byId = places.GroupBy(p => p.GeoNameId).ToDictionary(g => g.Key, g => g.First());
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            if (f.Length < 3)
                continue;
            var variants = f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (f[0])
            {
                case "person":
                    personCanonical[PersonNames.Key(f[1])] = f[1];
                    AddPhrase(f[1], GazetteerTypes.KnownPerson);
                    foreach (var v in variants)
                    {
                        personCanonical[PersonNames.Key(v)] = f[1];
                        AddPhrase(v, GazetteerTypes.KnownPerson);
                    }
                    break;
                case "country" when countries.TryGetValue(f[1], out var country):
                    foreach (var v in variants)
                        AddPlaceName(v, country, GazetteerTypes.Country, primary: true);
                    break;
                case "placename" when int.TryParse(f[1], CultureInfo.InvariantCulture, out var id) && byId.TryGetValue(id, out var place):
                    displayNames[id] = variants[0];
                    foreach (var v in variants)
                        AddPlaceName(v, place, GazetteerTypes.PlaceVariant, primary: true);
                    break;
            }
        }
    }

    private void AddPlaceName(string name, Place place, GazetteerTypes type, bool primary)
    {
        var key = AddPhrase(name, type);
        if (key == 0)
            return;
        if (!placesByName.TryGetValue(key, out var list))
            placesByName[key] = list = [];
        var at = list.FindIndex(e => ReferenceEquals(e.Place, place));
        if (at < 0)
            list.Add((place, primary));
        else if (primary && !list[at].Primary)
            list[at] = (place, true);
    }

    /// <summary>Adds a name as a token sequence; returns its phrase hash (0 if it has no tokens).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ulong AddPhrase(string name, GazetteerTypes type)
    {
        // Most names are one plain word: skip the tokenizer for them (loading time is mostly this loop).
        if (IsPlainWord(name))
        {
            var single = FeatureHash.Combine(PhraseSeed, FeatureHash.Of(TextFold.Fold(name)));
            phrases[single] = phrases.GetValueOrDefault(single) | type;
            return single;
        }
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0 || tokens.Count > MaxTokens)
            return 0;
        var hash = PhraseSeed;
        for (var i = 0; i < tokens.Count; i++)
        {
            hash = FeatureHash.Combine(hash, FeatureHash.Of(TextFold.Fold(tokens[i].Text)));
            // Marks a proper prefix of a longer name, so matching can stop as soon as no name goes on.
            if (i < tokens.Count - 1)
                phrases[hash] = phrases.GetValueOrDefault(hash) | GazetteerTypes.Prefix;
        }
        phrases[hash] = phrases.GetValueOrDefault(hash) | type;
        MaxPhraseTokens = Math.Max(MaxPhraseTokens, tokens.Count);
        return hash;
    }

    private const int MaxTokens = 6;

    private static ulong PhraseHash(string name)
    {
        if (IsPlainWord(name))
            return FeatureHash.Combine(PhraseSeed, FeatureHash.Of(TextFold.Fold(name)));
        var hash = PhraseSeed;
        foreach (var token in Tokenizer.Tokenize(name))
            hash = FeatureHash.Combine(hash, FeatureHash.Of(TextFold.Fold(token.Text)));
        return hash;
    }

    private static bool IsPlainWord(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return name.Length > 0;
    }

    /// <summary>
    /// For each token, the lists that a longest matching sequence starting or continuing there belongs to.
    /// <paramref name="foldedHashes"/> are <see cref="FeatureHash.Of"/> of each token's folded text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Match(ReadOnlySpan<ulong> foldedHashes, ReadOnlySpan<bool> startsWord, Span<GazetteerTypes> begins, Span<GazetteerTypes> insides)
    {
        for (var i = 0; i < foldedHashes.Length; i++)
        {
            if (!startsWord[i])
                continue;
            var hash = PhraseSeed;
            var max = Math.Min(MaxPhraseTokens, foldedHashes.Length - i);
            for (var len = 1; len <= max; len++)
            {
                hash = FeatureHash.Combine(hash, foldedHashes[i + len - 1]);
                if (!phrases.TryGetValue(hash, out var types))
                    break;
                types &= ~GazetteerTypes.Prefix;
                if (types == 0)
                    continue;
                begins[i] |= types;
                for (var k = i + 1; k < i + len; k++)
                    insides[k] |= types;
            }
        }
    }

    /// <summary>What the lists know a name or word as ("Marina": a first name), prefix marks left out.</summary>
    internal GazetteerTypes TypesOf(string name) =>
        name.Length > 0 && phrases.TryGetValue(PhraseHash(name), out var types) ? types & ~GazetteerTypes.Prefix : GazetteerTypes.None;

    /// <summary>GeoNames entries with this name (any case, diacritics ignored), each flagged if it is the entry's main name.</summary>
    public IReadOnlyList<(Place Place, bool Primary)> FindPlaces(string name)
    {
        return placesByName.TryGetValue(PhraseHash(name), out var list) ? list : [];
    }

    /// <summary>The name to show for a place: a curated modern spelling ("Kyiv") or GeoNames' name.</summary>
    public string DisplayName(Place place) => displayNames.GetValueOrDefault(place.GeoNameId) ?? (place.Name.Any(c => c > '\u00FF') ? TextFold.StripMarks(place.Name) : place.Name);

    /// <summary>The curated canonical form of a person's name, if the alias table knows it.</summary>
    public string? CanonicalPerson(string name) => personCanonical.GetValueOrDefault(PersonNames.Key(name));
}
