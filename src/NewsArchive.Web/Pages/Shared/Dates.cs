using System.Globalization;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Web.Pages.Shared;

/// <summary>Shows a stored "as printed" ISO time to people without inventing a time or zone the page never gave.</summary>
public static class Dates
{
    public static string Display(string iso)
    {
        if (!PrintedTime.TryParseIso(iso, out var t))
            return iso;
        var date = t.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (t.TimeOfDay is not { } time)
            return date;
        var text = date + ", " + time.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (t.Offset is { } offset)
            text += offset == TimeSpan.Zero ? " UTC" : " UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"h\:mm", CultureInfo.InvariantCulture);
        return text;
    }
}
