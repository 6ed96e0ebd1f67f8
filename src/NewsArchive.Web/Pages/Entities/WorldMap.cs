using System.Globalization;
using System.Text;
using NewsArchive.Core.Entities;

namespace NewsArchive.Web.Pages.Entities;

/// <summary>
/// An offline world map for place pages: a dot map of land, drawn from where the GeoNames cities the
/// recogniser embeds lie (no tiles, no network). Equirectangular: x = longitude + 180, y = 90 − latitude,
/// in a 360×180 box. Built once, served as /maps/world.svg so browsers cache it.
/// </summary>
public static class WorldMap
{
    public const double Width = 360, Height = 180;

    /// <summary>Degrees per dot: fine enough for coastlines to read, coarse enough to keep the file small.</summary>
    private const int Cell = 2;

    private static readonly Lazy<string> Document = new(Build);

    public static string Svg => Document.Value;

    public static (double X, double Y) Project(double latitude, double longitude) =>
        (Math.Clamp(longitude + 180, 0, Width), Math.Clamp(90 - latitude, 0, Height));

    private static string Build()
    {
        var cells = new HashSet<(int, int)>();
        foreach (var place in Gazetteer.Embedded.Places)
        {
            if (place.Kind != PlaceKind.City || double.IsNaN(place.Latitude) || double.IsNaN(place.Longitude))
                continue;
            var (x, y) = Project(place.Latitude, place.Longitude);
            cells.Add(((int)Math.Min(x, Width - 1) / Cell, (int)Math.Min(y, Height - 1) / Cell));
        }
        var inv = CultureInfo.InvariantCulture;
        var path = new StringBuilder();
        foreach (var (cx, cy) in cells.OrderBy(c => c.Item2).ThenBy(c => c.Item1))
            path.Append(inv, $"M{cx * Cell + 1} {cy * Cell + 1}h0");
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" width="720" height="360">
            <title>World map: dots where GeoNames lists cities (GeoNames, CC BY 4.0)</title>
            <rect width="{Width}" height="{Height}" fill="#dfe9f3"/>
            <path d="{path}" stroke="#9aa9b8" stroke-width="1.5" stroke-linecap="round" fill="none"/>
            </svg>
            """;
    }
}
