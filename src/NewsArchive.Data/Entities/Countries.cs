using NewsArchive.Core.Entities;
using NewsArchive.Data.Archive;
using EntityKind = NewsArchive.Data.Archive.EntityKind;

namespace NewsArchive.Data.Entities;

/// <summary>Country names by ISO code, from the GeoNames countries the recogniser's gazetteer embeds.</summary>
public static class Countries
{
    private static readonly Lazy<Dictionary<string, Place>> ByCode = new(() => Gazetteer.Embedded.Places
        .Where(p => p.Kind == PlaceKind.Country)
        .GroupBy(p => p.CountryCode, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase));

    public static string? NameOf(string? countryCode) =>
        countryCode is not null && ByCode.Value.TryGetValue(countryCode, out var country) ? Gazetteer.Embedded.DisplayName(country) : null;

    /// <summary>
    /// A place entity is the country itself (not a city in it) when it is the GeoNames country entry, or its
    /// name is the country's name.
    /// </summary>
    public static bool IsCountry(Entity entity)
    {
        if (entity.Kind != EntityKind.Place || entity.CountryCode is null || !ByCode.Value.TryGetValue(entity.CountryCode, out var country))
            return false;
        return entity.GeoNameId == country.GeoNameId
            || entity.Key == EntityKeys.For(country.Name)
            || entity.Key == EntityKeys.For(Gazetteer.Embedded.DisplayName(country));
    }
}
