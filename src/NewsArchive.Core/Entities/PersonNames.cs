using System.Text;

namespace NewsArchive.Core.Entities;

/// <summary>Cleaning and folding of person names, so spelling variants of one name meet.</summary>
public static class PersonNames
{
    /// <summary>
    /// A key that spelling variants share: folded (case, diacritics), doubled letters single, and a
    /// final "iy" or "yy" read as "y" (transliterations: Zelenskyy, Zelensky, Zelenskiy).
    /// </summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var token in Tokenizer.Tokenize(name))
        {
            var t = TextFold.Fold(token.Text);
            if (!char.IsLetter(t[0]))
                continue;
            if (sb.Length > 0)
                sb.Append(' ');
            var start = sb.Length;
            foreach (var c in t)
            {
                if (c == '.' || Tokenizer.IsApostrophe(c))
                    continue;
                if (sb.Length > start && sb[^1] == c)
                    continue;
                sb.Append(c);
            }
            if (sb.Length - start > 3 && sb[^1] == 'y' && sb[^2] == 'i')
                sb.Remove(sb.Length - 2, 1);
        }
        return sb.ToString();
    }
}
