namespace NewsArchive.Core.Extraction;

/// <summary>Parses the many printed date forms ("July 3, 2025 10:49 am", "3 July 2025", ISO 8601, ...).</summary>
public static class PrintedDates
{
    /// <summary>Finds a date (and time of day, and offset when stated) in <paramref name="text"/>.</summary>
    public static bool TryParse(string text, out PrintedTime value) => PrintedTime.TryParseIso(text, out value);
}
