using System.Text;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Entities;

/// <summary>
/// Turns the person mentions of one article into people: titles and possessives stripped, a surname on
/// its own linked to the full name it belongs to, spelling variants folded together, curated aliases
/// applied, so "Russian President Vladimir Putin", "Putin" and "Putin's" are one person.
/// </summary>
public static class PersonNames
{
    // Words that stand before a name without being part of it. Compared folded, without the period.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
        "gen", "general", "prime", "minister", "king", "queen", "prince", "princess", "pope", "sir", "dame", "lord",
        "lady", "judge", "justice", "chancellor", "secretary", "mayor", "ambassador", "col", "colonel", "lt",
        "sgt", "capt", "captain", "rev", "reverend", "father", "coach", "chairman", "chief", "premier", "speaker",
        "vice", "former", "late", "sheikh", "ayatollah", "cardinal", "archbishop", "bishop", "emir", "sultan",
        "commissioner", "director", "professor", "prof", "officer", "detective", "sergeant", "lieutenant",
        "admiral", "major", "private", "deputy", "foreign", "defense", "defence", "russian", "ukrainian", "u.s",
        "us", "american", "british", "french", "german", "chinese", "israeli", "iranian", "then", "st",
    };

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

    /// <summary>The name without leading titles, trailing possessive or stray punctuation; null if nothing name-like is left.</summary>
    public static string? Clean(string mention)
    {
        var tokens = Tokenizer.Tokenize(mention).Select(t => t.Text).ToList();
        while (tokens.Count > 0 && !char.IsLetter(tokens[^1][0]) || tokens.Count > 0 && tokens[^1] is "'s" or "\u2019s" or "'S")
            tokens.RemoveAt(tokens.Count - 1);
        while (tokens.Count > 0 && !char.IsLetter(tokens[0][0]))
            tokens.RemoveAt(0);
        while (tokens.Count > 1 && Titles.Contains(TextFold.Fold(tokens[0]).TrimEnd('.')))
            tokens.RemoveAt(0);
        // A name never starts with an article: "The Kremlin said" is the tagger's mistake, not a person.
        if (tokens.Count == 0 || !char.IsUpper(tokens[0][0]) || tokens[0] is "The" or "THE" or "A" or "An")
            return null;
        // Keep the printed spacing of the remaining words ("O'Brien", "bin Salman").
        var text = string.Join(' ', tokens);
        return IsAllCaps(text) ? TitleCase(text) : text;
    }

    /// <summary>Groups cleaned mentions (in reading order) into people; authors are added or flagged.</summary>
    internal static List<(EntityMention Person, List<int> Mentions)> Group(IReadOnlyList<string> mentions, IReadOnlyList<string> authors, Gazetteer gazetteer)
    {
        var people = new List<Person>();
        var byKey = new Dictionary<string, Person>(StringComparer.Ordinal);
        var assigned = new Person?[mentions.Count];

        Person Get(string key, int order)
        {
            if (!byKey.TryGetValue(key, out var p))
            {
                byKey[key] = p = new Person(key, order);
                people.Add(p);
            }
            return p;
        }
        string FullKey(string name)
        {
            var curated = gazetteer.CanonicalPerson(name);
            var words = Key(curated ?? name).Split(' ');
            return words.Length >= 2 ? words[0] + " " + words[^1] : words[0];
        }

        // Full names first, so that a surname alone (even one printed earlier, as in a headline) finds its person.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Contains(' ') || gazetteer.CanonicalPerson(mentions[i]) is not null)
                assigned[i] = Get(FullKey(mentions[i]), i);
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            if (assigned[i] is not null)
                continue;
            var key = Key(mentions[i]);
            var match = people.Where(p => p.Key.Contains(' ') && (p.Key.EndsWith(" " + key, StringComparison.Ordinal) || p.Key.StartsWith(key + " ", StringComparison.Ordinal)))
                .OrderByDescending(p => p.Key.EndsWith(" " + key, StringComparison.Ordinal))
                .ThenByDescending(p => p.Forms.Count)
                .FirstOrDefault();
            assigned[i] = match ?? Get(key, i);
        }
        for (var i = 0; i < mentions.Count; i++)
            assigned[i]!.Forms.Add((mentions[i], i));

        foreach (var author in authors)
        {
            if (Clean(author) is not { } name)
                continue;
            var p = Get(FullKey(name), int.MaxValue);
            p.IsAuthor = true;
            if (p.Forms.Count == 0)
                p.AuthorName = name;
        }

        return people
            .Select(p => (p.ToMention(gazetteer), p.Forms.Select(f => f.Index).ToList()))
            .ToList();
    }

    private sealed class Person(string key, int order)
    {
        public string Key { get; } = key;
        public int Order { get; } = order;
        public List<(string Text, int Index)> Forms { get; } = [];
        public bool IsAuthor { get; set; }
        public string? AuthorName { get; set; }

        public EntityMention ToMention(Gazetteer gazetteer)
        {
            var forms = Forms.Select(f => f.Text).ToList();
            // The fullest form used most often: "Vladimir Putin" over "Putin", the first seen on a tie.
            var canonical = forms
                .GroupBy(f => f, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key.Count(c => c == ' ') > 0)
                .ThenByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault() ?? AuthorName ?? Key;
            canonical = gazetteer.CanonicalPerson(canonical) ?? canonical;
            var aliases = forms.Distinct(StringComparer.Ordinal).Where(f => f != canonical).ToList();
            return new EntityMention(canonical, Forms.Count) { IsAuthor = IsAuthor, Aliases = aliases };
        }
    }

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    internal static string TitleCase(string text) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
