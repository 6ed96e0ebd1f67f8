using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Wire services and press agencies, by the names and codes pages print for them. Agencies are the same
/// across outlets (an AP story reads "(AP)" everywhere), so a short list generalises where a site list would not.
/// </summary>
public static partial class NewsAgencies
{
    private sealed record Agency(string Name, string[] Spellings);

    // Canonical name first, then the spellings (case-insensitive, whole text) that mean it.
    private static readonly Agency[] All =
    [
        new("The Associated Press", ["The Associated Press", "Associated Press", "AP"]),
        new("Reuters", ["Reuters", "Thomson Reuters"]),
        new("AFP", ["AFP", "Agence France-Presse", "Agence France Presse"]),
        new("dpa", ["dpa", "Deutsche Presse-Agentur"]),
        new("Bloomberg", ["Bloomberg", "Bloomberg News"]),
        new("PA Media", ["PA", "PA Media", "Press Association", "PA Wire"]),
        new("UPI", ["UPI", "United Press International"]),
        new("The Canadian Press", ["The Canadian Press", "Canadian Press", "CP"]),
        new("AAP", ["AAP", "Australian Associated Press"]),
        new("Kyodo", ["Kyodo", "Kyodo News"]),
        new("Jiji Press", ["Jiji", "Jiji Press"]),
        new("Xinhua", ["Xinhua", "Xinhua News Agency"]),
        new("ANSA", ["ANSA"]),
        new("EFE", ["EFE", "Agencia EFE"]),
        new("APA", ["APA", "Austria Presse Agentur"]),
        new("KNA", ["KNA"]),
        new("epd", ["epd"]),
        new("Keystone-SDA", ["SDA", "Keystone-SDA", "ATS"]),
        new("Belga", ["Belga"]),
        new("ANP", ["ANP"]),
        new("TASS", ["TASS", "ITAR-TASS"]),
        new("Interfax", ["Interfax"]),
        new("Yonhap", ["Yonhap", "Yonhap News Agency"]),
        new("PTI", ["PTI", "Press Trust of India"]),
        new("IANS", ["IANS"]),
        new("ANI", ["ANI"]),
        new("Europa Press", ["Europa Press"]),
        new("Anadolu Agency", ["Anadolu", "Anadolu Agency", "AA"]),
        new("CNN Wire", ["CNN Wire"]),
        new("Tribune News Service", ["Tribune News Service"]),
    ];

    private static readonly Dictionary<string, string> BySpelling = All
        .SelectMany(a => a.Spellings.Select(s => (s, a.Name)))
        .ToDictionary(p => p.s, p => p.Name, StringComparer.OrdinalIgnoreCase);

    // Brackets and punctuation around a credit ("(AP)", "Reuters."); a static array, as this runs for many lines of every page.
    private static readonly char[] CreditTrim = ['(', ')', '.', ',', ' '];

    /// <summary>The canonical agency name when <paramref name="text"/> (trimmed) is one, else null.</summary>
    public static string? Recognise(string text)
    {
        // Trimmed as a span: most lines are too long to be a credit and need no string of their own.
        var trimmed = text.AsSpan().Trim().Trim(CreditTrim);
        if (trimmed.Length is 0 or > 40)
            return null;
        var t = trimmed.Length == text.Length ? text : trimmed.ToString();
        if (BySpelling.TryGetValue(t, out var name))
        {
            // Two-letter codes in lower case ("pa", "aa") are words, not agencies.
            return t.Length <= 3 && t != t.ToUpperInvariant() && !name.Equals(t, StringComparison.Ordinal) ? null : name;
        }
        // "AFP/The Local", "Reuters/dpa", "with AP": an agency as part of a credit. Most lines hold no joiner at all,
        // and this runs for many lines of every dump.
        if (t.AsSpan().IndexOfAny('/', '+', '&') < 0 && !t.Contains("and", StringComparison.Ordinal) && !t.Contains("with", StringComparison.Ordinal)
            && !t.Contains("und", StringComparison.Ordinal) && !t.Contains("mit", StringComparison.Ordinal))
            return null;
        foreach (var part in CreditSplit().Split(t))
            if (part.Length > 0 && part.Length < t.Length && BySpelling.TryGetValue(part.Trim(), out var inner)
                && (part.Trim().Length > 3 || part.Trim() == part.Trim().ToUpperInvariant()))
                return inner;
        return null;
    }

    [GeneratedRegex(@"\s*(?:/|\+|&|\band\b|\bwith\b|\bund\b|\bmit\b)\s*")]
    private static partial Regex CreditSplit();
}
