using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsArchive.Core.Entities;

/// <summary>
/// Derives the shipped gazetteer files from the GeoNames extracts (cities15000, countryInfo, admin1Codes)
/// and the first-name and human-name lists. Output is sorted and gzip'd deterministically, so the same
/// sources give byte-identical files.
/// </summary>
public static class GazetteerBuilder
{
    public const string PlacesFile = "places.tsv.gz";
    public const string PersonNamesFile = "person-names.txt.gz";

    // Cities above this population also count as "big cities", a stronger tagger feature.
    private const long BigCityPopulation = 100_000;

    public static void Build(string geonamesDir, string namesDir, string outDir)
    {
        Directory.CreateDirectory(outDir);
        WriteGzip(Path.Combine(outDir, PlacesFile), BuildPlaces(geonamesDir));
        WriteGzip(Path.Combine(outDir, PersonNamesFile), BuildPersonNames(namesDir));
    }

    private static IEnumerable<string> BuildPlaces(string dir)
    {
        var inv = CultureInfo.InvariantCulture;
        var countries = new List<string[]>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "countryInfo.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var f = line.Split('\t');
            if (f.Length > 16 && f[0].Length == 2)
                countries.Add(f);
        }
        var admin1 = new SortedDictionary<string, (string Name, string Id)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dir, "admin1CodesASCII.txt")))
        {
            var f = line.Split('\t');
            if (f.Length >= 4)
                admin1[f[0]] = (f[1], f[3]);
        }
        var cities = new List<string[]>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "cities15000.txt")))
        {
            var f = line.Split('\t');
            if (f.Length >= 15)
                cities.Add(f);
        }

        // Population-weighted centre of each country's and division's cities, averaged as 3-D unit
        // vectors so that countries across the date line (Russia, Fiji) do not land in the wrong ocean.
        var centres = new Dictionary<string, (double X, double Y, double Z, long Pop)>(StringComparer.Ordinal);
        foreach (var c in cities)
        {
            var lat = double.Parse(c[4], inv) * Math.PI / 180;
            var lon = double.Parse(c[5], inv) * Math.PI / 180;
            var pop = Math.Max(1, long.Parse(c[14], inv));
            foreach (var key in new[] { c[8], c[8] + "." + c[10] })
            {
                centres.TryGetValue(key, out var a);
                centres[key] = (a.X + pop * Math.Cos(lat) * Math.Cos(lon), a.Y + pop * Math.Cos(lat) * Math.Sin(lon), a.Z + pop * Math.Sin(lat), a.Pop + pop);
            }
        }
        string Centre(string key)
        {
            if (!centres.TryGetValue(key, out var a))
                return "\t";
            var lat = Math.Atan2(a.Z, Math.Sqrt(a.X * a.X + a.Y * a.Y)) * 180 / Math.PI;
            var lon = Math.Atan2(a.Y, a.X) * 180 / Math.PI;
            return lat.ToString("F4", inv) + "\t" + lon.ToString("F4", inv);
        }

        foreach (var f in countries.OrderBy(f => f[0], StringComparer.Ordinal))
            yield return string.Join('\t', "C", f[16], f[4], f[0], "", "", Centre(f[0]), f[7], "0", "");
        foreach (var (key, a) in admin1)
        {
            var dot = key.IndexOf('.');
            var pop = centres.TryGetValue(key, out var c) ? c.Pop : 0;
            yield return string.Join('\t', "A", a.Id, a.Name, key[..dot], key[(dot + 1)..], a.Name, Centre(key), pop.ToString(inv), "0", "");
        }
        foreach (var f in cities.OrderBy(f => int.Parse(f[0], inv)))
        {
            var admin1Name = admin1.TryGetValue(f[8] + "." + f[10], out var a) ? a.Name : "";
            var variants = new SortedSet<string>(StringComparer.Ordinal);
            if (f[2] != f[1])
                variants.Add(f[2]);
            foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (alt != f[1] && IsUsableVariant(alt))
                    variants.Add(alt);
            }
            var capital = f[7] == "PPLC" ? "1" : "0";
            yield return string.Join('\t', "P", f[0], f[1], f[8], f[10], admin1Name, f[4] + "\t" + f[5], f[14], capital, string.Join('|', variants));
        }
    }

    /// <summary>
    /// Alternate names in Latin script only, and no codes ("ALV", "NYC"): other scripts never appear in
    /// English text, and codes collide with acronyms.
    /// </summary>
    private static bool IsUsableVariant(string name)
    {
        if (name.Length < 3 || name.Length > 40 || name.Contains('|'))
            return false;
        var lower = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
                lower++;
            if (c > 0x024F || !(char.IsLetter(c) || c is ' ' or '-' or '\'' or '.'))
                return false;
        }
        return lower > 0 && name.Split(' ').Length <= 4;
    }

    private static IEnumerable<string> BuildPersonNames(string dir)
    {
        var first = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "first-names-female.txt", "first-names-male.txt" })
        {
            foreach (var line in File.ReadLines(Path.Combine(dir, file)))
            {
                if (line.Trim() is { Length: > 1 } name)
                    first.Add(name);
            }
        }
        var human = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dir, "humannames.txt")))
        {
            if (line.Trim() is { Length: > 1 } name && !first.Contains(name))
                human.Add(name);
        }
        foreach (var name in first)
            yield return "F\t" + name;
        foreach (var name in human)
            yield return "H\t" + name;
    }

    private static void WriteGzip(string path, IEnumerable<string> lines)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in lines)
            writer.WriteLine(line);
    }
}
