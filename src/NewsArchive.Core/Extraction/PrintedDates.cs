using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Parses the many printed date forms ("July 3, 2025 10:49 am", "3 July 2025", "03.07.2025", ISO 8601, ...).
/// Every layout is one row of <see cref="Layouts"/>; the earliest match in the text wins, so
/// "Posted July 3, 2025 10:49 am." and "Last Updated July 3, 2025 2:39 pm." both parse.
/// A time of day is kept only when printed, an offset only when stated (a zone abbreviation counts).
/// </summary>
public static partial class PrintedDates
{
    /// <summary>Finds a date (and time of day, and offset when stated) in <paramref name="text"/>.</summary>
    public static bool TryParse(string text, out PrintedTime value) => TryParse(text, null, out value);

    /// <summary>
    /// The date a story opens with, wire style: "April 17, 2015 -- Imagine being sick…", "3 July 2025 – The council…".
    /// The body may begin with the story's title as a heading; the first paragraph under it counts then.
    /// Null when the story does not open with a date and a dash.
    /// </summary>
    public static PrintedTime? StoryOpeningDate(IReadOnlyList<string> paragraphs)
    {
        for (var k = 0; k < Math.Min(paragraphs.Count, 2); k++)
        {
            if (OpeningDate(paragraphs[k]) is { } date)
                return date;
            if (!IsHeading(paragraphs[k]))
                break;
        }
        return null;
    }

    private static PrintedTime? OpeningDate(string text)
    {
        // The dash after a space: "2015-04-17 — The council…" holds hyphens of its own.
        var head = text.AsSpan(0, Math.Min(text.Length, MaxOpeningDateLength));
        var dash = -1;
        for (var i = 1; i < head.Length; i++)
            if (head[i] is '-' or '–' or '—' && char.IsWhiteSpace(head[i - 1]))
            {
                dash = i;
                break;
            }
        if (dash < 6)
            return null;
        var opening = text[..dash].TrimEnd();
        return MayHoldDate(opening) || HasMonthWord(opening) ? TryParse(opening, out var date) ? date : null : null;
    }

    // "Superbugs: What They Are and How You Get Them": short, and no sentence ends it.
    private static bool IsHeading(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length is > 0 and <= MaxHeadingLength && t[^1] is not ('.' or '!' or '?' or '"' or '”' or ':');
    }

    private const int MaxHeadingLength = 150;

    private const int MaxOpeningDateLength = 40;

    /// <summary>
    /// The date many sites put in the article's address (".../2015/03/18/story-slug"): a last resort when the page
    /// prints a date without its year ("March 18 at 12:22 PM") or none at all.
    /// </summary>
    public static PrintedTime? UrlDate(string? url)
    {
        if (url is null || UrlDatePath().Match(url) is not { Success: true } m)
            return null;
        var (year, month, day) = (Digits(m.Groups["y"].ValueSpan), Digits(m.Groups["m"].ValueSpan), Digits(m.Groups["d"].ValueSpan));
        return day <= DateTime.DaysInMonth(year, month) ? new PrintedTime(new DateOnly(year, month, day), null, null) : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12][0-9]|3[01])(?:/|-|$)")]
    private static partial Regex UrlDatePath();

    /// <summary>
    /// Like <see cref="TryParse(string, out PrintedTime)"/>, and also reads relative forms ("Updated 2 hours ago")
    /// against <paramref name="reference"/>, the page's own date when it has one.
    /// </summary>
    public static bool TryParse(string? text, PrintedTime? reference, out PrintedTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        // Dates sit in short lines; a long paragraph is not a date line and regexes over it cost time.
        if (text.Length > 400)
            text = text[..400];
        Match? best = null;
        Layout? bestLayout = null;
        // Every layout but one needs a four-digit year; the month-name alternations are costly to try at every
        // position of the many lines that carry only small numbers ("5 comments", "Page 2 of 3").
        var hasYear = HasFourDigitRun(text);
        var hasMonth = hasYear && HasMonthWord(text);
        var hasClock = hasMonth && HasClockTime(text);
        foreach (var layout in Layouts)
        {
            if (layout.Needs is { } needed && !text.Contains(needed) || !hasYear && !layout.TwoDigitYear || layout.MonthName && !hasMonth
                || layout.TimeFirst && !hasClock)
                continue;
            var m = layout.Pattern.Match(text);
            while (m.Success && layout.Build(m) is null)
                m = m.NextMatch();
            if (!m.Success)
                continue;
            if (best is null || m.Index < best.Index || (m.Index == best.Index && m.Length > best.Length))
            {
                best = m;
                bestLayout = layout;
            }
        }
        if (best is not null && bestLayout!.Build(best) is { } found)
        {
            value = found;
            return true;
        }
        if (reference is { } r && RelativeAgo().Match(text) is { Success: true } rel)
        {
            value = Subtract(r, Digits(rel.Groups["n"].ValueSpan), rel.Groups["unit"].Value);
            return true;
        }
        return false;
    }

    /// <summary>
    /// False when no layout can match: every layout needs a four-digit year but the slashed one, which needs a '/'.
    /// Lets callers skip the regexes (and their own) for the many short lines with small numbers only.
    /// </summary>
    internal static bool MayHoldDate(string text) => HasFourDigitRun(text) || text.Contains('/');

    // A month-name layout can only build a date from a word in Months; the day may be glued before it ("1erjuillet").
    private static bool HasMonthWord(string text)
    {
        var months = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
                i++;
            var word = span[start..i];
            if (months.ContainsKey(word) || word.Length > 2 && months.ContainsKey(word[2..]))
                return true;
        }
        return false;
    }

    // The layouts that open with the time need "10:00" or "10h00": a digit, ':' or 'h', a digit (any script's digits, as \d).
    private static bool HasClockTime(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
            if (text[i] is ':' or 'h' or 'H' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                return true;
        return false;
    }

    private static bool HasFourDigitRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> prints a slashed date that reads either way ("12/04/2020": December 4
    /// or 12 April); <see cref="TryParse(string, out PrintedTime)"/> reads it month first.
    /// </summary>
    public static bool HasAmbiguousSlashedDate(string text)
    {
        if (!text.Contains('/'))
            return false;
        var m = SlashedDate().Match(text);
        return m.Success && Number(m, "a") is var a and <= 12 && Number(m, "b") is var b and <= 12 && a != b;
    }

    /// <summary>
    /// Whether the slashed dates in <paramref name="text"/> show their order: "14/04/2020" can only be day
    /// first (true), "04/14/2020" only month first (false); null when none tells.
    /// </summary>
    public static bool? SlashedDayFirst(string text)
    {
        if (!text.Contains('/'))
            return null;
        for (var m = SlashedDate().Match(text); m.Success; m = m.NextMatch())
        {
            var (a, b) = (Number(m, "a"), Number(m, "b"));
            if (a > 12 && b <= 12)
                return true;
            if (b > 12 && a <= 12)
                return false;
        }
        return null;
    }

    /// <summary>The same date read the other way round: day and month swapped.</summary>
    public static PrintedTime SwapDayAndMonth(PrintedTime value) =>
        value with { Date = new DateOnly(value.Date.Year, value.Date.Day, value.Date.Month) };

    // \d in a pattern matches the digits of every script ("٢٠١٥"); int.Parse reads only ASCII ones.
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d < 0 || n > 99_999)
                return -1;
            n = n * 10 + d;
        }
        return n;
    }

    private static int Number(Match m, string group) => Digits(m.Groups[group].ValueSpan);

    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")]
    private static partial Regex SlashedDate();

    /// <summary>True when <paramref name="word"/> is a month name or abbreviation in one of the languages we read.</summary>
    public static bool IsMonthName(string word) => Months.ContainsKey(word.TrimEnd('.', ','));

    /// <summary>True when the text is a relative time like "56m ago", "2 hours ago", "vor 3 Stunden".</summary>
    public static bool IsRelativeTime(string text) => RelativeAgo().IsMatch(text);

    /// <param name="Needs">A character the layout cannot match without; lets most lines skip most regexes.</param>
    /// <param name="TimeFirst">The layout opens with a clock time ("10:00am, 20 Jan, 2020").</param>
    private sealed record Layout(string Name, Regex Pattern, Func<Match, PrintedTime?> Build, char? Needs = null, bool TwoDigitYear = false, bool MonthName = false,
        bool TimeFirst = false);

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Every month name and abbreviation of <see cref="Months"/> as a regex alternation, longest first.</summary>
    internal static readonly string MonthNames = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));

    private static Dictionary<string, int> BuildMonths()
    {
        var rows = new (int Month, string Names)[]
        {
            (1, "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro"),
            (2, "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro fev"),
            (3, "march mar märz mär mars marzo maart mrt março"),
            (4, "april apr avril avr abril abr aprile"),
            (5, "may mai mayo maggio mag mei maio"),
            (6, "june jun juni juin junio giugno giu junho"),
            (7, "july jul juli juillet juil julio luglio lug julho"),
            (8, "august aug août aout agosto ago augustus"),
            (9, "september sep sept septembre septiembre setiembre settembre set setembro"),
            (10, "october oct oktober octobre octubre ottobre okt ott outubro"),
            (11, "november nov novembre noviembre novembro"),
            (12, "december dec dezember dez décembre decembre déc diciembre dicembre dic dezembro"),
        };
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (month, names) in rows)
            foreach (var n in names.Split(' '))
                d[n] = month;
        return d;
    }

    // Time of day after a date: "10:49 am", "2:39 p.m.", "4 AM", "13:36 Uhr", "10h49", with an optional zone.
    private const string TimePart =
        @"(?:\s*(?:,|at|um|às|à|a las|alle|om|-|–|—|\||/|•)?\s*(?<h>\d{1,2})(?:[:h.](?<mi>\d{2}))(?::(?<s>\d{2}))?(?:\s*(?<ampm>[ap]\.?\s?m\.?))?" +
        @"|\s*(?:,|at|-|–|\|)?\s*(?<h>\d{1,2})\s*(?<ampm>[ap]\.?\s?m\.?))(?![\w])(?:\s*Uhr)?" +
        @"(?:\s*\(?(?<tz>UTC|GMT|BST|CEST|CET|MESZ|MEZ|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|AEST|AEDT|JST|Z)(?<tzoff>[+-]\d{1,2}(?::?\d{2})?)?\)?(?![\w]))?";

    private static readonly Layout[] Layouts =
    [
        // 2025-07-03T10:49:00-04:00, 2025-07-03 10:49, 2025-07-03
        new("iso", new Regex(@"(?<!\d)(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?<off>Z|[+-]\d{2}:?\d{2})?)?(?!\d)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled), Build, '-'),
        // July 3, 2025 10:49 am ET / Nov. 19, 2019 / December 14th 2019 / Thu, Nov 9, 2023 at 4:00 am
        // The lookahead is implied by the rest (a month name is 3 to 10 letters, then a space and the day): it only
        // lets the many words that are not followed by a number fail before the long alternation is tried.
        new("month day, year", new Regex(@"(?<![\p{L}])(?=\p{L}{3,12}\.?\s+\d)(?<mon>" + MonthNames + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)(?:" + TimePart + ")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), Build, MonthName: true),
        // 3 July 2025, 3. Juli 2025, 1er juillet 2025, 31. October, 2023, 3 de julio de 2025
        // The lookahead repeats the start and asks for three letters (the shortest month name) before the alternation is tried.
        new("day month year", new Regex(@"(?<!\d)(?=\d{1,2}(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?\p{L}{3})(?<d>\d{1,2})(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?(?<mon>" + MonthNames + @")(?:\.?,?\s+(?:de\s+)?|\.)(?<y>\d{4})(?!\d)(?:" + TimePart + ")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), Build, MonthName: true),
        // 10:00am, 20 Jan, 2020 (time first)
        new("time, day month year", new Regex(@"(?<!\d)(?<h>\d{1,2})[:h](?<mi>\d{2})\s*(?<ampm>[ap]\.?\s?m\.?)?(?:\s*(?<tz>UTC|GMT|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT))?\s*(?:,|on|am|le|\||-|–)?\s*(?<d>\d{1,2})(?:\.|er|st|nd|rd|th)?\s*(?<mon>" + MonthNames + @")\.?,?\s+(?<y>\d{4})(?!\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), Build, MonthName: true, TimeFirst: true),
        // 10:00am, Jan 20, 2020
        new("time, month day year", new Regex(@"(?<!\d)(?<h>\d{1,2})[:h](?<mi>\d{2})\s*(?<ampm>[ap]\.?\s?m\.?)?(?:\s*(?<tz>UTC|GMT|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT))?\s*(?:,|on|\||-|–)?\s*(?<mon>" + MonthNames + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), Build, MonthName: true, TimeFirst: true),
        // 03.07.2025 13:36 Uhr (day first, as Europe prints it; 01.21.2020 is month first, as no month 21 exists)
        new("dd.mm.yyyy", new Regex(@"(?<![\d.])(?<b>\d{1,2})\.(?<a>\d{1,2})\.(?<y>\d{4})(?![\d])(?:" + TimePart + ")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), BuildSlashed, '.'),
        // 26-04-2022 (day first, as Europe prints it)
        new("dd-mm-yyyy", new Regex(@"(?<![\d-])(?<b>\d{1,2})-(?<a>\d{1,2})-(?<y>\d{4})(?![\d-])(?:" + TimePart + ")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), BuildSlashed, '-'),
        // 12/10/2020, 11/08/23 5:19pm: month first unless the first number cannot be a month (group a is read as the month)
        new("mm/dd/yyyy", new Regex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4}|\d{2})(?![\d/])(?:" + TimePart + ")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), BuildSlashed, '/', TwoDigitYear: true),
        // 2019/08/02
        new("yyyy/mm/dd", new Regex(@"(?<![\d/])(?<y>\d{4})/(?<mo>\d{1,2})/(?<d>\d{1,2})(?![\d/])(?:" + TimePart + ")?",
            RegexOptions.CultureInvariant | RegexOptions.Compiled), Build, '/'),
    ];

    private static PrintedTime? BuildSlashed(Match m)
    {
        var a = Digits(m.Groups["a"].ValueSpan);
        var b = Digits(m.Groups["b"].ValueSpan);
        var (month, day) = a > 12 ? (b, a) : (a, b);
        return Compose(m, Year(m.Groups["y"].Value), month, day);
    }

    private static PrintedTime? Build(Match m)
    {
        int month;
        if (m.Groups["mon"].Success)
        {
            if (!Months.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out month))
                return null;
        }
        else
            month = Digits(m.Groups["mo"].ValueSpan);
        return Compose(m, Year(m.Groups["y"].Value), month, Digits(m.Groups["d"].ValueSpan));
    }

    private static int Year(string y)
    {
        var n = Digits(y);
        return y.Length == 2 ? 2000 + n : n;
    }

    private static PrintedTime? Compose(Match m, int year, int month, int day)
    {
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateOnly(year, month, day);
        if (!m.Groups["h"].Success)
            return new PrintedTime(date, null, null);
        var hour = Digits(m.Groups["h"].ValueSpan);
        var minute = m.Groups["mi"].Success ? Digits(m.Groups["mi"].ValueSpan) : 0;
        var second = m.Groups["s"].Success ? Digits(m.Groups["s"].ValueSpan) : 0;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
                return new PrintedTime(date, null, null);
            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
            return new PrintedTime(date, null, null);
        var time = new TimeOnly(hour, minute, second);
        TimeSpan? offset = null;
        if (m.Groups["off"].Success)
            offset = ParseOffset(m.Groups["off"].Value);
        else if (m.Groups["tz"].Success)
            offset = ZoneOffset(m.Groups["tz"].Value.ToUpperInvariant(), date) + (m.Groups["tzoff"].Success ? ParseOffset(m.Groups["tzoff"].Value) : TimeSpan.Zero);
        return new PrintedTime(date, time, offset);
    }

    private static TimeSpan ParseOffset(string text)
    {
        if (text == "Z")
            return TimeSpan.Zero;
        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = Digits(digits.Length <= 2 ? digits : digits.AsSpan()[..^2]);
        var minutes = digits.Length > 2 ? Digits(digits.AsSpan()[^2..]) : 0;
        if (hours is < 0 or > 18 || minutes is < 0 or > 59)
            return TimeSpan.Zero;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    // "ET" and friends name a zone, not an offset: daylight saving decides which one the page meant.
    private static TimeSpan ZoneOffset(string zone, DateOnly date)
    {
        var usSummer = IsUsDaylightTime(date);
        var euSummer = IsEuSummerTime(date);
        return zone switch
        {
            "UTC" or "GMT" or "Z" => TimeSpan.Zero,
            "BST" => TimeSpan.FromHours(1),
            "CET" or "MEZ" => TimeSpan.FromHours(1),
            "CEST" or "MESZ" => TimeSpan.FromHours(2),
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "ET" => TimeSpan.FromHours(usSummer ? -4 : -5),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "CT" => TimeSpan.FromHours(usSummer ? -5 : -6),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "MT" => TimeSpan.FromHours(usSummer ? -6 : -7),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            "PT" => TimeSpan.FromHours(usSummer ? -7 : -8),
            "AEST" => TimeSpan.FromHours(10),
            "AEDT" => TimeSpan.FromHours(11),
            "JST" => TimeSpan.FromHours(9),
            _ => euSummer ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1),
        };
    }

    // US rule since 2007: second Sunday of March to first Sunday of November.
    private static bool IsUsDaylightTime(DateOnly d)
    {
        var start = NthSunday(d.Year, 3, 2);
        var end = NthSunday(d.Year, 11, 1);
        return d >= start && d < end;
    }

    // EU rule: last Sunday of March to last Sunday of October.
    private static bool IsEuSummerTime(DateOnly d) => d >= LastSunday(d.Year, 3) && d < LastSunday(d.Year, 10);

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static PrintedTime Subtract(PrintedTime reference, int n, string unit)
    {
        var u = unit.ToLowerInvariant();
        var at = reference.Date.ToDateTime(reference.TimeOfDay ?? TimeOnly.MinValue);
        TimeSpan? span = u switch
        {
            "s" or "sec" or "secs" or "second" or "seconds" or "sekunden" or "secondes" => TimeSpan.FromSeconds(n),
            "m" or "min" or "mins" or "minute" or "minutes" or "minuten" => TimeSpan.FromMinutes(n),
            "h" or "hr" or "hrs" or "hour" or "hours" or "stunde" or "stunden" or "heure" or "heures" => TimeSpan.FromHours(n),
            _ => null,
        };
        if (span is { } s)
        {
            // Minutes and hours only make sense against a known time of day; against a bare date keep the date.
            if (reference.TimeOfDay is null)
                return new PrintedTime(DateOnly.FromDateTime(at - s), null, null);
            var t = at - s;
            return new PrintedTime(DateOnly.FromDateTime(t), TimeOnly.FromDateTime(t), reference.Offset);
        }
        var days = u switch
        {
            "d" or "day" or "days" or "tag" or "tagen" or "jour" or "jours" => n,
            "w" or "week" or "weeks" or "woche" or "wochen" or "semaine" or "semaines" => 7 * n,
            _ => 0,
        };
        if (days > 0)
            return new PrintedTime(reference.Date.AddDays(-days), null, null);
        var months = u is "month" or "months" or "monat" or "monaten" or "mois" ? n : 12 * n;
        return new PrintedTime(reference.Date.AddMonths(-months), null, null);
    }

    [GeneratedRegex(@"(?:\b(?<n>\d{1,3})\s?(?<unit>s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago\b|\bvor\s+(?<n>\d{1,3})\s+(?<unit>Sekunden|Minuten|Stunden?|Tagen|Wochen|Monaten|Jahren)\b|\bil y a\s+(?<n>\d{1,3})\s+(?<unit>secondes|minutes?|heures?|jours?|semaines?|mois|ans?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAgo();
}
