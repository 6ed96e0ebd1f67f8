using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Core.Entities;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Splits a byline ("By Vladimir Isachenkov, The Associated Press", "Von Anna Muster | dpa",
/// "Posted on May 3, 2020 by Jane Doe | Leave a comment") into people and an agency.
/// </summary>
public static partial class Bylines
{
    public sealed record Byline(IReadOnlyList<string> Authors, string? Agency);

    private static readonly Byline None = new([], null);

    /// <summary>
    /// Parses text known to be a byline; a leading "By"/"Von"/"Par" is optional. <paramref name="markedAsName"/>:
    /// the markup says this text is the author's name (rel=author, an hCard "fn"), so a lower-case handle counts.
    /// <paramref name="commasSeparatePeople"/>: the text is a metadata list ("April Roach, Daniel O'Mahony"),
    /// where a comma never introduces an affiliation.
    /// </summary>
    public static Byline Parse(string text, bool markedAsName = false, bool commasSeparatePeople = false)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
            return None;
        var t = Clean(text);
        var marker = Marker().Match(t);
        var hasMarker = marker.Success;
        if (hasMarker)
        {
            // "Edited by", "Photos by", "Translated by": a credit for other work than the writing.
            if (OtherCredit().IsMatch(t.AsSpan(0, marker.Index)))
                return None;
            t = t[(marker.Index + marker.Length)..];
        }
        return ParseNames(t, lenient: hasMarker || markedAsName, commasSeparatePeople);
    }

    /// <summary>
    /// Recognises a line that is a byline, without being told: it needs a byline marker ("By", "Von", "Par",
    /// "Written by", "Author:") or the "Name, Agency" shape of wire stories. Sentences that merely contain
    /// "by" are refused.
    /// </summary>
    public static bool TryParseLine(string line, out Byline byline)
    {
        byline = None;
        if (string.IsNullOrWhiteSpace(line) || line.Length > 160)
            return false;
        // "By Course/Meal:", "By cuisine:": a heading over a list of links, not a credit.
        if (!MayHoldByline(line) || line.Length <= 40 && line.EndsWith(':'))
            return false;
        var t = Clean(line);
        var marker = Marker().Match(t);
        if (marker.Success)
        {
            // The marker must open the line, or follow a date/separator ("Posted on May 3, 2020 by Jane").
            var before = t[..marker.Index];
            if (before.Length > 0 && !LeadIn().IsMatch(before) && !PrintedDates.TryParse(before, out _))
                return false;
            var rest = t[(marker.Index + marker.Length)..];
            byline = ParseNames(rest, lenient: true, commasSeparatePeople: false);
            if (IsAuthorBoxHeading(marker.Value, byline, t))
            {
                byline = None;
                return false;
            }
            return byline.Authors.Count > 0 || byline.Agency is not null;
        }
        // "Vladimir Isachenkov, The Associated Press": a name, then an agency.
        var comma = t.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && NewsAgencies.Recognise(t[(comma + 2)..]) is { } agency)
        {
            var names = ParseNames(t[..comma], lenient: false, commasSeparatePeople: false);
            if (names.Authors.Count > 0)
            {
                byline = names with { Agency = names.Agency ?? agency };
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a one-word credit ("By Method", "Autor" over "CRÉDITOS") is an entry in a list of labels: it sits between
    /// lines of one or two words (a filter heading), or beside other short lines that open with a marker ("By Course or
    /// Type", "By Product": a sort menu). A credit stands beside a headline, a date or the story, which are longer. The
    /// word itself cannot tell: the name lists hold "Method" as a surname, and one-word pen names ("Ela", "Quillon") are in
    /// no list at all. <paramref name="lines"/> are the page's lines in reading order (text-dump lines, HTML text blocks),
    /// <paramref name="i"/> the credit's, <paramref name="words"/> a line's word count.
    /// </summary>
    public static bool IsMenuEntry<T>(Byline byline, IReadOnlyList<T> lines, int i, Func<T, string> text, Func<T, int> words)
    {
        if (byline.Authors is not [var only] || only.Contains(' ') || words(lines[i]) > 3)
            return false;
        if (i > 0 && words(lines[i - 1]) <= 2 && i + 1 < lines.Count && words(lines[i + 1]) <= 2)
            return true;
        for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
            if (j != i && words(lines[j]) <= 4 && OpensWithMarker(text(lines[j])))
                return true;
        return false;
    }

    /// <summary>Words as the text dumps count them: runs of letters and inner apostrophes ("3 min read" has two).</summary>
    public static int CountWords(string text)
    {
        var n = 0;
        var i = 0;
        while (StopWords.NextWord(text, ref i, out _))
            n++;
        return n;
    }

    // "Author information", "Author details": a heading over the author box names nobody. Its one "author" is a lower-case
    // word of letters only, after the noun "Author" alone; a user name ("delta201") has figures or capitals, and a
    // handle after "by" is a credit ("by marc").
    private static bool IsAuthorBoxHeading(string marker, Byline byline, string line) =>
        byline.Authors is [var only] && only.Length > 0 && only.All(char.IsLower) && CountWords(line) == 2 && AuthorNoun().IsMatch(marker);

    [GeneratedRegex(@"^(?:author|autor|auteur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorNoun();

    /// <summary>How a word stands in the embedded person-name lists (the NER's gazetteer words).</summary>
    public enum NameWord
    {
        Unknown,
        /// <summary>A first or last name ("Beate", "Finken").</summary>
        Name,
        /// <summary>A common given name ("Marina", "Steve").</summary>
        GivenName,
    }

    /// <summary>
    /// Looks a word up in the person-name lists, ignoring case and diacritics ("Ophélie" as "Ophelie"). The lists
    /// are the NER gazetteer's, loaded once per process for people and places as well.
    /// </summary>
    public static NameWord PersonNameWord(string word)
    {
        var types = Gazetteer.Embedded.TypesOf(word.Trim('.', ',', '\'', '’'));
        return (types & GazetteerTypes.FirstName) != 0 ? NameWord.GivenName
            : (types & GazetteerTypes.HumanName) != 0 ? NameWord.Name
            : NameWord.Unknown;
    }

    /// <summary>
    /// A credit that gives the first name only ("By Pamela", a metadata "Todd") while the page prints the full name
    /// alone on a line ("Pamela Anderson"): that line, among <paramref name="texts"/>, or null.
    /// </summary>
    public static string? FullNameOf(string firstName, IEnumerable<string> texts)
    {
        foreach (var text in texts)
            if (text.Length > firstName.Length + 1 && text.Length <= 40 && text.StartsWith(firstName + " ", StringComparison.Ordinal)
                && FullName().IsMatch(text))
                return text;
        return null;
    }

    // Two or three capitalised words.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$")]
    private static partial Regex FullName();

    /// <summary>True when the text opens with a byline marker ("By", "Author:", "Posted by").</summary>
    public static bool OpensWithMarker(string text) => Marker().Match(Clean(text)) is { Success: true, Index: 0 };

    /// <summary>True when the line is only a byline marker ("By", "Von", "Par"), the name following on the next line.</summary>
    public static bool IsBareMarker(string line) => line.Length <= 12 && BareMarker().IsMatch(line);

    [GeneratedRegex(@"^(?:by|von|par|por|door|written by|posted by|published by|author|autor|auteur)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMarker();

    // Every byline has a marker word or a comma before an agency; skip the regexes for lines with neither.
    private static bool MayHoldByline(string t)
    {
        if (t.Contains(", ", StringComparison.Ordinal))
            return true;
        foreach (var w in MarkerWords)
            if (t.Contains(w, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>
    /// The byline markers' words ("By", "Thread starter", "di"): <see cref="Marker"/> matches none of its alternatives
    /// without one of them. A marker added there adds its word here, and both the prefilter below and the text dumps'
    /// per-line cue scan (<see cref="MarkerCueWords"/>) follow.
    /// </summary>
    private static readonly string[] MarkerWords = ["by", "von", "par", "por", "door", "di", "author", "autor", "auteur", "text", "texte", "starter"];

    /// <summary>The marker words as the text dumps' cue scan takes them: whole words, space-separated.</summary>
    internal static readonly string MarkerCueWords = string.Join(' ', MarkerWords);

    private static string Clean(string text)
    {
        var t = text.Replace('\u00A0', ' ').Trim();
        t = t.Contains("  ", StringComparison.Ordinal) || t.Contains('\t') ? Spaces().Replace(t, " ") : t;
        // "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)": the contributors in brackets are co-authors.
        if (t.Contains('('))
            t = WithContributors().Replace(t, m => (NewsAgencies.Recognise(m.Groups["names"].Value) is null ? " and " : ", ") + m.Groups["names"].Value);
        // "By April Roach@aprilroach28Daniel O'Mahony": a handle glued between two names separates them.
        return t.Contains('@') ? GluedHandle().Replace(t, " and ") : t;
    }

    private static Byline ParseNames(string text, bool lenient, bool commasSeparatePeople)
    {
        // Segments: "Jane Doe | Reuters", "Jane Doe • 11/08/23", "Jane Doe - January 10, 2020", "Jane Doe/June 12, 2020".
        var segments = Separators().Split(text);
        string? agency = null;
        var authors = new List<string>();
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = CutTail(segments[s]);
            if (segment.Length == 0)
                continue;
            if (NewsAgencies.Recognise(segment) is { } a)
            {
                agency ??= a;
                continue;
            }
            if (s > 0 || authors.Count > 0)
                continue; // later segments are dates, roles, e-mail addresses
            // "Author Contributions: Conception and design: ...": a labelled statement, not a list of names.
            if (segment.Contains(':'))
                continue;
            var pieces = AndSplit().Split(segment);
            // "A, B and C" lists people; "A, Staff Attorney, ACLU" lists one person and their affiliation.
            var isList = pieces.Length > 1 && (commasSeparatePeople || AndWord().IsMatch(segment));
            // "By Jessica Model, Gail Sample, 7 News": without "and", a middle entry is a second person only when the
            // list ends in something that is no name (the outlet) and the entry opens with a common given name.
            // The outlet may have been cut as a tail ("7 News" opens with a digit): look at the uncut entries.
            var uncut = AndSplit().Split(segments[s].Trim());
            var middlePeople = !isList && lenient && uncut.Length >= 3 && !LooksLikeName(StripTitle(uncut[^1].Trim()), lenient: false);
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = StripTitle(pieces[i].Trim());
                if (piece.Length == 0)
                    continue;
                if (NewsAgencies.Recognise(piece) is { } pa)
                {
                    agency ??= pa;
                    continue;
                }
                if (i > 0 && !isList && !(middlePeople && i < uncut.Length - 1 && authors.Count == i && IsGivenNameAndSurname(piece)))
                    continue;
                if (LooksLikeName(piece, lenient && pieces.Length == 1))
                    authors.Add(Tidy(piece));
            }
            // "Feuerwehr Oldenburg, Abteilung Wasserrettung": a metadata list of capitalised words where no
            // entry opens with a word of the person-name lists names an organisation and its department.
            if (commasSeparatePeople && authors.Count > 1 && !AndWord().IsMatch(segment)
                && authors.All(a => PersonNameWord(a.Split(' ')[0]) == NameWord.Unknown))
                authors.Clear();
        }
        return new Byline(authors.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), agency);
    }

    // Dates, handles and counters printed after the name: cut them off.
    private static string CutTail(string segment)
    {
        var m = Tail().Match(segment);
        var t = (m.Success ? segment[..m.Index] : segment).Trim().TrimEnd(',', ':', ';', '-').Trim();
        // "By Jane Doe Feb 8, 2020": the date's month name is left behind once its digits are cut.
        var lastSpace = t.LastIndexOf(' ');
        if (m.Success && lastSpace > 0 && PrintedDates.IsMonthName(t[(lastSpace + 1)..]))
            t = t[..lastSpace].TrimEnd(',', ' ');
        // "By Jane Doe Thursday, November 9": the weekday before the date goes too.
        if (m.Success && WeekdayEnd().Match(t) is { Success: true } weekday)
            t = t[..weekday.Index].TrimEnd(',', ' ');
        return InitialEnd().IsMatch(t) ? t : t.TrimEnd('.').Trim();
    }

    private static string StripTitle(string piece)
    {
        var t = GluedTitle().Replace(piece, "");
        // "Dr. Jane Doe" is Jane Doe; "Mrs H Pyke" keeps its title: without it no word says how the person is called.
        if (!HonorificThenInitials().IsMatch(t))
            t = LeadingTitle().Replace(t, "");
        t = t.Trim().TrimEnd(',').Trim();
        // "Marwan H. Adwan1", "Jane Doe*": a footnote mark to an affiliation, on a name of two or more words.
        if (t.Contains(' ') && FootnoteMark().Match(t) is { Success: true } mark)
            t = t[..mark.Index];
        // Keep the period of "Jr." or a final initial; drop a sentence's full stop.
        if (!InitialEnd().IsMatch(t))
            t = t.TrimEnd('.').Trim();
        return t;
    }

    // Two or three words, the first a common given name, every one in the person-name lists, none a newspaper's noun.
    private static bool IsGivenNameAndSurname(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && PersonNameWord(words[0]) == NameWord.GivenName
            && words.All(w => PersonNameWord(w) != NameWord.Unknown && !PublicationWords.Contains(w));
    }

    // Nouns of newspaper and station titles that the name lists also hold ("Post", "Times", "Herald").
    private static readonly HashSet<string> PublicationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "times", "herald", "tribune", "journal", "gazette", "chronicle", "star", "sun", "observer", "sentinel", "examiner",
        "telegraph", "guardian", "independent", "mail", "express", "record", "register", "courier", "daily", "weekly", "magazine",
        "radio", "bulletin", "dispatch", "globe", "mirror", "standard", "review", "monitor", "messenger", "leader", "today", "city", "county",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    { "de", "da", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "ter", "le", "la", "bin", "ibn", "al", "el", "y", "zu", "st.", "jr.", "sr.", "jr", "sr", "ii", "iii" };

    private static bool LooksLikeName(string piece, bool lenient)
    {
        if (piece.Length is < 2 or > 60 || piece.Contains("://", StringComparison.Ordinal) || piece.Contains('@') || piece.Contains(':'))
            return false;
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6)
            return false;
        if (NotNames.Contains(words[0].TrimEnd(':')) || NotNames.Contains(piece) || Degrees.Contains(piece.Replace(".", "")))
            return false;
        foreach (var w in words)
            if (NotPersonWords.Contains(w))
                return false;
        var capitalised = 0;
        var lower = 0;
        foreach (var w in words)
        {
            if (!char.IsLetter(w[0]) && w[0] != '\'')
                return false;
            if (char.IsUpper(w[0]))
                capitalised++;
            else if (!Particles.Contains(w))
                lower++;
        }
        // A lower-case handle is a name only where the page said "by" right before it ("by marc").
        if (capitalised == 0)
            return lenient && words.Length <= 2;
        return lower == 0;
    }

    // Words that follow "by" in sentences and menus, not names.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "our", "his", "her", "their", "its", "my", "your", "admin", "email", "e-mail", "date", "category",
        "topic", "tag", "tags", "sort", "filter", "clicking", "using", "continuing", "signing", "subscribing", "default", "name",
        "der", "die", "das", "dem", "den", "le", "la", "les", "un", "une", "el", "los", "las", "staff", "anonymous", "guest", "unknown",
    };

    // "Grant Tinsley, PhD": degrees after a comma are not a second person. Compared without periods.
    private static readonly HashSet<string> Degrees = new(StringComparer.OrdinalIgnoreCase)
    {
        "PhD", "MD", "DO", "MPH", "MSc", "MS", "MA", "BA", "BSc", "MBA", "RN", "RD", "LD", "RDN", "DDS", "DPhil", "JD", "LLM", "CPT", "MSW", "PharmD", "Esq", "Jr", "Sr", "II", "III",
    };

    // A byline may credit a desk rather than people ("Staff and news service reports", "Editorial Team").
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "reports", "report", "service", "services", "desk", "team", "editors", "newsroom", "redaktion", "rédaction", "wire", "agencies", "agency",
        "news", "press", "media", "online", "digital", "editorial", "moderator", "administrator", "admin", "member", "user", "guest", "writer", "editor", "contributor", "author",
        // Picture credits printed under a photo next to the byline ("Getty Images", "Reuters Pictures").
        "images", "pictures", "photography",
    };

    // ALL-CAPS names read better as printed in mixed case ("LOGAN C. RITCHIE" -> "Logan C. Ritchie").
    private static string Tidy(string name)
    {
        var letters = name.Where(char.IsLetter).ToArray();
        if (letters.Length > 3 && letters.All(char.IsUpper))
            name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        return name;
    }

    [GeneratedRegex(@"(?:^|(?<=[\s|•:]))(?:post(?:ed)?\s+by|published\s+by|thread\s+starter|started\s+by|written\s+by|words\s+by|story\s+by|reporting\s+by|text\s+by|post\s+author\s+by|post\s+author|author|autor|auteur|by|von|par|por|door|(?-i:di)|texte|text)\b\s*:?\s*(?:\|\s*)?(?=\p{L}|$)|^(?-i:By|Von|Par|Por|Door)(?-i:(?=\p{Lu}[\p{Ll}.]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // What may stand before a mid-line marker: "Posted on May 3, 2020", "Post author", a label and a pipe ("News | By ...").
    [GeneratedRegex(@"^(?:posted(?:\s+on)?|published(?:\s+on)?|post author|[\W\d]*|.{0,40}[|•])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s*(?:\||•|·|/|\s[-–—]\s|\s[-–—]$|–|—)\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s*(?:\b(?:on|am|le|el|il|op|at|um|updated|published|last updated|aktualisiert|veröffentlicht|mis à jour|publié|share|follow|comments?|\d+\s*min(?:ute)?s?\s+read)\b|(?<![\p{L}\d])\d|@|\(|https?:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\s*(?:,\s*|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s*&\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex AndSplit();

    [GeneratedRegex(@"\s(?:and|und|et|y|e|&)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AndWord();

    // "Evan HalperStaff Writer": the scraper glued the role to the name.
    [GeneratedRegex(@"(?<=\p{Ll})(?:(?:Senior|Chief|Deputy|Associate|Contributing|Special|Staff|Political|Foreign|Business|Science|Sports|Education|Health|Tech|Technology)\s*)*(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Journalist|Redakteur(?:in)?|Follow)$|(?i:\s+(?:(?:Senior|Chief|Deputy|Associate|Contributing|Special|Staff|Political|Foreign|Business|Science|Sports|Education|Health|Tech|Technology|Economics|Environment|Culture|Politics|Managing|Executive)\s+)*(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Journalist))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex GluedTitle();

    // The courtesy titles a byline may print before a name, with or without the period: one list for every pattern below.
    private const string CourtesyTitle = "(?:Mr|Mrs|Ms|Miss|Dr|Prof)";

    [GeneratedRegex("^" + CourtesyTitle + @"\.?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTitle();

    /// <summary>
    /// True when the text is a person's name with a courtesy title ("Mrs H Pyke", "Dr. Anna Sample"): the title
    /// says it names a person, whether or not the name lists know the name.
    /// </summary>
    public static bool IsHonorificName(string text) => text.Length <= 50 && HonorificName().IsMatch(text);

    [GeneratedRegex("^" + CourtesyTitle + @"\.?\s+(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HonorificName();

    // A title, then only initials and the surname: "Mrs H Pyke", "Dr. J. R. Sample".
    [GeneratedRegex("^" + CourtesyTitle + @"\.?\s+(?:\p{Lu}\.?\s+){1,2}\p{Lu}[\p{Ll}'’-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HonorificThenInitials();

    [GeneratedRegex(@"\b(?:Jr|Sr|\p{Lu})\.$")]
    private static partial Regex InitialEnd();

    // Names only: "(with additional reporting by …)" credits other work.
    // An agency ("(with Reuters)") is set off by a comma, as in "Jane Doe, Reuters", and becomes the byline's agency.
    [GeneratedRegex(@"\s*\((?i:with|avec|mit|con|com|met)\s+(?<names>\p{Lu}[^()]{2,80})\)", RegexOptions.CultureInvariant)]
    private static partial Regex WithContributors();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\p{Ll})@[\p{Ll}\d_.]+(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedHandle();

    [GeneratedRegex(@"\b(?:edited|photos?|photographs?|photographed|pictures?|images?|illustrations?|illustrated|translated|translation|graphics?|video|produced|compiled|reviewed|fact-checked|bearbeitet|fotos?|bilder|übersetzt)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCredit();

    [GeneratedRegex(@"\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayEnd();

    [GeneratedRegex(@"(?<=\p{L}{2})(?:\d{1,2}(?:,\d{1,2})*|[*†‡])$")]
    private static partial Regex FootnoteMark();
}
