using System.Globalization;
using System.Text;

namespace NewsArchive.Data.Entities;

/// <summary>The lookup key of a name: lower case, accents removed, punctuation and spaces collapsed.</summary>
public static class EntityKeys
{
    public static string For(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                    sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '\'' && c != '’')
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
