using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsArchive.Core.Entities;

/// <summary>Folds text for matching: lower case, no diacritics ("Århus" = "arhus"), straight apostrophes and quotes.</summary>
internal static class TextFold
{
    // Folded form of every character up to U+024F (ASCII, Latin-1, Latin Extended-A and -B): nearly all
    // names GeoNames and the news spell in Latin script. Loading the gazetteer folds ~300,000 names, so
    // this table, not Unicode normalisation per name, does the work.
    private static readonly string[] LatinFold = BuildLatinFold();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Fold(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            if (c >= 0x80 || char.IsUpper(c))
            {
                plain = false;
                break;
            }
        }
        if (plain)
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < LatinFold.Length)
                sb.Append(LatinFold[c]);
            else
                return SlowFold(text);
        }
        return sb.ToString();
    }

    private static string[] BuildLatinFold()
    {
        var table = new string[0x250];
        for (var c = 0; c < table.Length; c++)
            table[c] = SlowFold(((char)c).ToString());
        return table;
    }

    private static string SlowFold(string text)
    {
        var lower = Normalize(text).ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c switch { '\u00F8' => 'o', '\u0142' => 'l', '\u0111' => 'd', '\u00DF' => 's', '\u0131' => 'i', '\u00E6' => 'a', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Diacritics off, case kept: "Tehrān" -> "Tehran". GeoNames' transliterations carry marks that
    /// English-language news does not print.
    /// </summary>
    public static string StripMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Typographic quotes and dashes to the ASCII forms that CoNLL's text uses.</summary>
    public static string Normalize(string token)
    {
        if (token.AsSpan().IndexOfAny('\u2019', '\u2018') < 0 && token.AsSpan().IndexOfAny('\u201C', '\u201D') < 0 && token.AsSpan().IndexOfAny('\u2014', '\u2013') < 0)
            return token;
        return token
            .Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace("\u2014", "--").Replace("\u2013", "-");
    }
}
