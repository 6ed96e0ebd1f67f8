using System.Runtime.CompilerServices;
namespace NewsArchive.Core.Entities;

/// <summary>A word or punctuation mark and where it sits in the text (End is exclusive).</summary>
public readonly record struct Token(int Start, int End, string Text);

/// <summary>
/// Splits text into tokens the way CoNLL-2003's Reuters text is tokenised, so the tagger sees at run time
/// what it saw in training: punctuation apart, possessive 's apart, "U.S." and "Mr." whole, "1,000" whole.
/// </summary>
public static class Tokenizer
{
    // A period after these stays with the word: they are abbreviations, not sentence ends.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
        "Prof", "Inc", "Corp", "Ltd", "Co", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Mt",
        "Ft", "Adm", "Maj", "Rev", "Hon", "Messrs", "Ave", "Blvd", "Calif", "Fla", "Ill", "Pa", "Va",
        "Mich", "Minn", "Wis", "Conn", "Ariz", "Colo", "Ga", "Ky", "Md", "Mo", "Nev", "Okla", "Ore",
        "Tenn", "Tex", "Mass", "Wash", "Gens", "Sens", "Reps",
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var s = i++;
                while (i < n)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                        continue;
                    }
                    var joins = d is '.' or '-' or '\'' or '\u2019' or '&' || (d == ',' && char.IsDigit(text[i - 1]));
                    if (joins && i + 1 < n && char.IsLetterOrDigit(text[i + 1]) && (d != ',' || char.IsDigit(text[i + 1])))
                    {
                        i++;
                        continue;
                    }
                    break;
                }
                if (i < n && text[i] == '.')
                {
                    var word = text.AsSpan(s, i - s);
                    if (word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word.ToString()))
                        i++;
                }
                AddWord(tokens, text, s, i);
                continue;
            }
            if (c == '-')
            {
                var s = i;
                while (i < n && text[i] == '-')
                    i++;
                tokens.Add(new Token(s, i, text[s..i]));
                continue;
            }
            var len = char.IsHighSurrogate(c) && i + 1 < n ? 2 : 1;
            tokens.Add(new Token(i, i + len, text.Substring(i, len)));
            i += len;
        }
        return tokens;
    }

    private static void AddWord(List<Token> tokens, string text, int s, int e)
    {
        var length = e - s;
        // "Putin's" -> "Putin" "'s", "don't" -> "do" "n't": CoNLL splits both.
        if (length > 2 && text[e - 1] is 's' or 'S' && IsApostrophe(text[e - 2]))
        {
            tokens.Add(new Token(s, e - 2, text[s..(e - 2)]));
            tokens.Add(new Token(e - 2, e, text[(e - 2)..e]));
            return;
        }
        if (length > 3 && text[e - 1] is 't' or 'T' && IsApostrophe(text[e - 2]) && text[e - 3] is 'n' or 'N')
        {
            tokens.Add(new Token(s, e - 3, text[s..(e - 3)]));
            tokens.Add(new Token(e - 3, e, text[(e - 3)..e]));
            return;
        }
        tokens.Add(new Token(s, e, text[s..e]));
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    /// <summary>
    /// Sentence ranges over <paramref name="tokens"/> as (first index, count). A line break always ends a
    /// sentence (headlines, captions, datelines stand alone); so does . ! ? before a token that does not
    /// start lower-case.
    /// </summary>
    public static List<(int Start, int Count)> Sentences(string text, IReadOnlyList<Token> tokens)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var last = k == tokens.Count - 1;
            var end = last;
            if (!last)
            {
                var next = tokens[k + 1];
                if (text.AsSpan(tokens[k].End, next.Start - tokens[k].End).Contains('\n'))
                    end = true;
                else if (tokens[k].Text is "." or "!" or "?" && !char.IsLower(next.Text[0]) && !IsClosingQuote(next.Text))
                    end = true;
                else if (IsClosingQuote(tokens[k].Text) && k > start && tokens[k - 1].Text is "." or "!" or "?" && !char.IsLower(next.Text[0]))
                    end = true;
            }
            if (end)
            {
                result.Add((start, k + 1 - start));
                start = k + 1;
            }
        }
        return result;
    }

    private static bool IsClosingQuote(string t) => t is "\"" or "\u201D" or "\u2019" or "'" or ")";
}
