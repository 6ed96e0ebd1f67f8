using NewsArchive.Core.Entities;

namespace NewsArchive.Core.Tests.Entities;

public sealed class GazetteerBuilderTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "na-gaz-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Builds_places_and_names_from_source_files_reproducibly()
    {
        // Tiny invented extracts in the GeoNames and name-list layouts.
        var geo = Directory.CreateDirectory(Path.Combine(dir, "geo")).FullName;
        var names = Directory.CreateDirectory(Path.Combine(dir, "names")).FullName;
        File.WriteAllLines(Path.Combine(geo, "countryInfo.txt"),
        [
            "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCur\tCurName\tPhone\tFmt\tRegex\tLang\tgeonameid\tneighbours\tfips2",
            "ZZ\tZZZ\t999\tZZ\tZedland\tZedville\t100\t5000000\tEU\t.zz\tZZD\tZed\t99\t\t\tzz\t900001\t\t",
        ]);
        File.WriteAllLines(Path.Combine(geo, "admin1CodesASCII.txt"), ["ZZ.01\tNorth Zed\tNorth Zed\t900002"]);
        File.WriteAllLines(Path.Combine(geo, "cities15000.txt"),
        [
            "900003\tZedville\tZedville\tZedstadt,ZDV,Зедвиль\t10.5\t20.25\tP\tPPLC\tZZ\t\t01\t\t\t\t250000\t\t5\tEurope/Zed\t2020-01-01",
        ]);
        File.WriteAllLines(Path.Combine(names, "first-names-female.txt"), ["Anna"]);
        File.WriteAllLines(Path.Combine(names, "first-names-male.txt"), ["Piotr"]);
        File.WriteAllLines(Path.Combine(names, "humannames.txt"), ["Kowalski\r", "Anna"]);

        var outA = Path.Combine(dir, "a");
        var outB = Path.Combine(dir, "b");
        GazetteerBuilder.Build(geo, names, outA);
        GazetteerBuilder.Build(geo, names, outB);
        foreach (var file in new[] { GazetteerBuilder.PlacesFile, GazetteerBuilder.PersonNamesFile })
            Assert.Equal(File.ReadAllBytes(Path.Combine(outA, file)), File.ReadAllBytes(Path.Combine(outB, file)));

        var gazetteer = Gazetteer.LoadDirectory(outA);
        var city = Assert.Single(gazetteer.FindPlaces("ZEDSTADT"));
        Assert.Equal(900003, city.Place.GeoNameId);
        Assert.False(city.Primary);
        Assert.Empty(gazetteer.FindPlaces("ZDV")); // codes are left out
        var country = Assert.Single(gazetteer.FindPlaces("Zedland")).Place;
        Assert.Equal(PlaceKind.Country, country.Kind);
        Assert.Equal(10.5, country.Latitude, 3); // centre of its only city
        Assert.Equal("North Zed", Assert.Single(gazetteer.FindPlaces("North Zed")).Place.Name);
    }
}
