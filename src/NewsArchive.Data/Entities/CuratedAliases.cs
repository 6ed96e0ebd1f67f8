using NewsArchive.Core.Entities;

namespace NewsArchive.Data.Entities;

/// <summary>
/// The hand-written spelling variants that ship with the recogniser (Core's aliases.tsv): an article only
/// spells a name one way, but a reader may type another ("Zelensky" for "Volodymyr Zelenskyy", "US" for the
/// United States), so the indexer records these as aliases as soon as the entity appears.
/// </summary>
public static class CuratedAliases
{
    private const string ResourceName = "NewsArchive.Entities.aliases.tsv";

    private static readonly Lazy<(Dictionary<string, string[]> People, Dictionary<string, string[]> Countries)> Table = new(Load);

    /// <summary>Variants for a person, by the key of the canonical name.</summary>
    public static IReadOnlyList<string> ForPerson(string canonical) =>
        Table.Value.People.GetValueOrDefault(EntityKeys.For(canonical)) ?? [];

    /// <summary>Variants for a country, by its ISO code.</summary>
    public static IReadOnlyList<string> ForCountry(string countryCode) =>
        Table.Value.Countries.GetValueOrDefault(countryCode.ToUpperInvariant()) ?? [];

    private static (Dictionary<string, string[]>, Dictionary<string, string[]>) Load()
    {
        var people = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
            return (people, countries);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            if (f.Length < 3)
                continue;
            var variants = f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (f[0] == "person")
                people[EntityKeys.For(f[1])] = variants;
            else if (f[0] == "country")
                countries[f[1].ToUpperInvariant()] = variants;
        }
        return (people, countries);
    }
}
