using System.Globalization;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// A date and time as the page printed it: the time of day only when the page gave one, and the UTC
/// offset only when the page stated one. "July 3, 2025" must not become midnight UTC.
/// </summary>
public readonly record struct PrintedTime(DateOnly Date, TimeOnly? TimeOfDay, TimeSpan? Offset)
{
    /// <summary>ISO 8601: <c>2025-07-03</c>, <c>2025-07-03T10:49:00</c> or <c>2025-07-03T10:49:00-04:00</c>.</summary>
    public string ToIso()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (TimeOfDay is not { } time)
            return date;
        var text = date + "T" + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is { } offset)
            text += offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>A sortable instant: UTC when an offset is known, otherwise the printed wall time taken as UTC.</summary>
    public DateTime SortKey => Date.ToDateTime(TimeOfDay ?? TimeOnly.MinValue, DateTimeKind.Unspecified) - (Offset ?? TimeSpan.Zero);

    public static bool TryParseIso(string? text, out PrintedTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = new PrintedTime(d, null, null);
            return true;
        }
        var hasOffset = text.EndsWith('Z') || (text.Length > 19 && (text[^6] == '+' || text[^6] == '-'));
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            value = new PrintedTime(DateOnly.FromDateTime(dto.DateTime), TimeOnly.FromDateTime(dto.DateTime), dto.Offset);
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            value = new PrintedTime(DateOnly.FromDateTime(dt), TimeOnly.FromDateTime(dt), null);
            return true;
        }
        return false;
    }

    public override string ToString() => ToIso();
}
