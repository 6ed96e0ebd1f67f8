namespace NewsArchive.Core.Entities;

public enum PlaceKind
{
    Country,
    Admin1,
    City,
}

/// <summary>
/// One GeoNames entry: a country, a first-level division (state, province) or a city. Countries and
/// divisions carry a population-weighted centre of their cities as coordinates.
/// </summary>
public sealed record Place(
    int GeoNameId,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string? Admin1Code,
    string? Admin1Name,
    double Latitude,
    double Longitude,
    long Population,
    bool IsCapital);
