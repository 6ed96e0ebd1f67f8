using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Entities;

/// <summary>A place as printed in one article: its name, and the country or state printed after it ("Paris, Texas").</summary>
internal sealed record PlaceMentionText(string Name, string? Qualifier, bool QualifiesPrevious = false);

/// <summary>
/// Resolves an article's place names to GeoNames entries. Among same-named places it prefers the one the
/// article itself points to: a qualifier printed after the name ("Aarhus, Denmark"), the dateline, and the
/// other places mentioned (their countries and states); then countries over states over towns, capitals,
/// and population. A name with no fitting entry is kept as printed.
/// </summary>
internal static class PlaceResolver
{
    // Scores are log10(population) plus these bonuses: a few points outweigh a factor of ten in size.
    private const double CountryBonus = 3.0;
    private const double Admin1Penalty = -0.5;
    private const double CapitalBonus = 1.5;
    private const double VariantPenalty = -1.0;
    private const double ContextCountryBonus = 2.5;
    private const double ContextAdmin1Bonus = 3.0;
    private const double DatelineCountryBonus = 1.5;

    private static readonly HashSet<string> LeadingArticles = new(StringComparer.OrdinalIgnoreCase) { "the" };

    public static string? Clean(string mention)
    {
        var tokens = Tokenizer.Tokenize(mention).Select(t => t.Text).ToList();
        while (tokens.Count > 0 && !char.IsLetterOrDigit(tokens[^1][0]))
            tokens.RemoveAt(tokens.Count - 1);
        while (tokens.Count > 0 && (!char.IsLetterOrDigit(tokens[0][0]) || tokens.Count > 1 && LeadingArticles.Contains(tokens[0])))
            tokens.RemoveAt(0);
        if (tokens.Count == 0 || !char.IsUpper(tokens[0][0]))
            return null;
        var text = string.Join(' ', tokens).Replace(" ,", ",", StringComparison.Ordinal);
        return text.Any(char.IsLower) || text.Length <= 3 ? text : PersonNames.TitleCase(text);
    }

    /// <summary>One entity per distinct place, with the indexes of the mentions that name it.</summary>
    public static List<(EntityMention Place, List<int> Mentions)> Resolve(IReadOnlyList<PlaceMentionText> mentions, string? dateline, Gazetteer gazetteer)
    {
        var names = mentions.Select(m => Key(m.Name)).Distinct().ToList();
        Place? datelinePlace = null;
        if (dateline is not null && Clean(dateline.Split(',')[0]) is { } datelineName)
        {
            var qualifier = dateline.Contains(',') ? dateline[(dateline.IndexOf(',') + 1)..].Trim() : null;
            datelinePlace = Best(gazetteer, datelineName, qualifier, null, [], []);
        }

        // First pass without context; the second uses the first pass's answers for the other names.
        var first = new Dictionary<string, Place?>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var key = Key(m.Name);
            if (!first.ContainsKey(key) || first[key] is null)
                first[key] = Best(gazetteer, m.Name, m.Qualifier, datelinePlace, [], []);
        }
        var resolved = new List<(Place? Place, string Name)>();
        foreach (var m in mentions)
        {
            var key = Key(m.Name);
            var others = first.Where(kv => kv.Key != key && kv.Value is not null).Select(kv => kv.Value!).ToList();
            var countries = others.Select(p => p.CountryCode).ToHashSet(StringComparer.Ordinal);
            var admin1 = others.Where(p => p.Admin1Code is not null).Select(p => p.CountryCode + "." + p.Admin1Code).ToHashSet(StringComparer.Ordinal);
            resolved.Add((Best(gazetteer, m.Name, m.Qualifier, datelinePlace, countries, admin1), m.Name));
        }

        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].QualifiesPrevious && resolved[i - 1].Place is { Kind: PlaceKind.City } city
                && QualifierFor(gazetteer, mentions[i].Name, city) is { } area)
                resolved[i] = (area, mentions[i].Name);
        }

        var groups = new List<(string Key, Place? Place, List<int> Mentions, Place? Qualifier)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (place, name) = resolved[i];
            var key = place is not null ? "#" + place.GeoNameId : Key(name);
            var at = groups.FindIndex(g => g.Key == key);
            if (at < 0)
            {
                var qualifier = place is null && mentions[i].Qualifier is { } q && Best(gazetteer, q, null, null, [], []) is { Kind: not PlaceKind.City } qp ? qp : null;
                groups.Add((key, place, [i], qualifier));
            }
            else
                groups[at].Mentions.Add(i);
        }
        if (datelinePlace is not null && !groups.Any(g => g.Place?.GeoNameId == datelinePlace.GeoNameId))
            groups.Add(("#" + datelinePlace.GeoNameId, datelinePlace, [], null));
        else if (datelinePlace is null && dateline is not null && Clean(dateline.Split(',')[0]) is { } unresolved
            && !groups.Any(g => g.Key == Key(unresolved)))
            groups.Add((Key(unresolved), null, [], null));

        return groups.Select(g =>
        {
            var forms = g.Mentions.Select(i => mentions[i].Name).ToList();
            var canonical = g.Place is not null ? gazetteer.DisplayName(g.Place)
                : forms.GroupBy(f => f).OrderByDescending(f => f.Count()).Select(f => f.Key).FirstOrDefault()
                  ?? Clean(dateline!.Split(',')[0])!;
            var mention = new EntityMention(canonical, Math.Max(g.Mentions.Count, 1))
            {
                CountryCode = g.Place?.CountryCode ?? g.Qualifier?.CountryCode,
                // A place GeoNames lacks still gets the state printed after it ("Paris, Ontario").
                Admin1 = (g.Place ?? g.Qualifier) is { } area ? area.Kind == PlaceKind.City ? area.Admin1Name : area.Kind == PlaceKind.Admin1 ? area.Name : null : null,
                Latitude = g.Place is { } p && !double.IsNaN(p.Latitude) ? Math.Round(p.Latitude, 4) : null,
                Longitude = g.Place is { } p2 && !double.IsNaN(p2.Longitude) ? Math.Round(p2.Longitude, 4) : null,
                GeoNameId = g.Place?.GeoNameId,
                Aliases = forms.Distinct(StringComparer.Ordinal).Where(f => f != canonical).ToList(),
            };
            return (mention, g.Mentions);
        }).ToList();
    }

    private static string Key(string name) => TextFold.Fold(name);

    private static Place? Best(Gazetteer gazetteer, string name, string? qualifier, Place? dateline,
        HashSet<string> countries, HashSet<string> admin1)
    {
        var candidates = gazetteer.FindPlaces(name);
        if (candidates.Count == 0)
            return null;
        if (qualifier is not null && gazetteer.FindPlaces(qualifier).Where(q => q.Place.Kind != PlaceKind.City).ToList() is { Count: > 0 } areas)
        {
            // "Paris, Ontario", "Atlanta, Georgia": only places inside one reading of the qualifier fit.
            // "Iran, Ukraine" is a list: a country or state is never qualified by another.
            var inside = candidates.Where(c => c.Place.Kind != PlaceKind.Country && areas.Any(a => Contains(a.Place, c.Place))).ToList();
            if (inside.Count > 0)
                return inside.MaxBy(c => Score(c.Place, c.Primary, dateline, countries, admin1)).Place;
            if (candidates.All(c => c.Place.Kind == PlaceKind.City))
                return null;
        }
        return candidates.MaxBy(c => Score(c.Place, c.Primary, dateline, countries, admin1)).Place;
    }

    private static bool Contains(Place area, Place place) =>
        place.CountryCode == area.CountryCode && (area.Kind == PlaceKind.Country || place.Admin1Code == area.Admin1Code);

    /// <summary>The qualifier's reading that contains the place it qualifies: "Georgia" after "Atlanta," is the state.</summary>
    private static Place? QualifierFor(Gazetteer gazetteer, string qualifier, Place place) =>
        gazetteer.FindPlaces(qualifier)
            .Where(q => q.Place.Kind != PlaceKind.City && Contains(q.Place, place))
            .OrderBy(q => q.Place.Kind == PlaceKind.Country ? 1 : 0)
            .Select(q => q.Place)
            .FirstOrDefault();

    private static double Score(Place place, bool primary, Place? dateline, HashSet<string> countries, HashSet<string> admin1)
    {
        var score = Math.Log10(place.Population + 10);
        score += place.Kind switch { PlaceKind.Country => CountryBonus, PlaceKind.Admin1 => Admin1Penalty, _ => 0 };
        if (place.IsCapital)
            score += CapitalBonus;
        if (!primary)
            score += VariantPenalty;
        if (countries.Contains(place.CountryCode))
            score += ContextCountryBonus;
        if (place.Kind != PlaceKind.Country && admin1.Contains(place.CountryCode + "." + place.Admin1Code))
            score += ContextAdmin1Bonus;
        if (dateline is not null && dateline.CountryCode == place.CountryCode)
            score += DatelineCountryBonus;
        return score;
    }
}
