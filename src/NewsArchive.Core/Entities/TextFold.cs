using System.Globalization;
using System.Text;

namespace NewsArchive.Core.Entities;

/// <summary>Folds text for matching: lower case, no diacritics ("Århus" = "arhus"), straight apostrophes and quotes.</summary>
internal static class TextFold
{
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
        var lower = Normalize(text).ToLowerInvariant();
        if (!HasNonAscii(lower))
            return lower;
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c switch { 'ø' => 'o', 'ł' => 'l', 'đ' => 'd', 'ß' => 's', 'ı' => 'i', 'æ' => 'a', _ => c });
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
        if (!HasNonAscii(token))
            return token;
        return token
            .Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace("\u2014", "--").Replace("\u2013", "-");
    }

    private static bool HasNonAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
                return true;
        }
        return false;
    }
}
