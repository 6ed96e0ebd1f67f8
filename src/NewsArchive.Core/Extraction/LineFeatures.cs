using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>What a dump line is, as far as one line (plus its repetition count) can tell.</summary>
public enum LineKind
{
    /// <summary>Nothing special: prose, a heading, a menu item; decided by length and stop words.</summary>
    Text,
    /// <summary>Share/print/subscribe/cookie/correction/advertisement and similar page furniture.</summary>
    Furniture,
    /// <summary>"© 2025 ...", "All rights reserved": the page's footer has begun.</summary>
    Copyright,
    /// <summary>"56m ago", "2 hours ago": teaser lists carry these.</summary>
    RelativeTime,
    /// <summary>"2:34": a video's length.</summary>
    Duration,
    /// <summary>A short line that is mostly a date ("Posted July 3, 2025 10:49 am.").</summary>
    Date,
    /// <summary>"By Jane Doe", "Jane Doe, The Associated Press".</summary>
    Byline,
    /// <summary>An image caption or photo credit.</summary>
    Caption,
    /// <summary>A heading that opens a list of other stories or the comments ("Related", "Top Stories", "Leave a Reply").</summary>
    SectionBreak,
}

/// <summary>One non-empty line of a dump with the features the body finder and the field finders use.</summary>
public sealed record DumpLine(int Index, string Text)
{
    public LineKind Kind { get; set; }
    public int Words { get; set; }
    public int StopWords { get; set; }
    /// <summary>How many times the same text occurs in the page (teaser lists and menus repeat).</summary>
    public int Occurrences { get; set; } = 1;
    /// <summary>Ends like a sentence: . ! ? or a closing quote.</summary>
    public bool EndsSentence { get; set; }
    /// <summary>Share of words that start with a capital letter (teaser headlines are Title Case).</summary>
    public double CapitalShare { get; set; }
    public Bylines.Byline? Byline { get; set; }
    public PrintedTime? Date { get; set; }
    /// <summary>Words in the scanned sample (the first <see cref="LineFeatures.SampleLength"/> characters); 0 before the scan.</summary>
    internal int SampleWords { get; set; }
    /// <summary>Stop words in the sample for each language of <see cref="StopWords.LanguageOrder"/>; empty before the scan.</summary>
    internal int[] SampleStopWords { get; set; } = [];
    /// <summary>Which patterns the line's words allow to match (<see cref="LineFeatures.Scan"/>).</summary>
    internal LineFeatures.Cue Cues { get; set; }
    /// <summary>Chinese, Japanese and Korean characters in the sample; their words are not separated by spaces.</summary>
    internal int SampleCjk { get; set; }

    public int Length => Text.Length;
    public double StopWordDensity => Words == 0 ? 0 : StopWords / (double)Words;
}

/// <summary>Computes <see cref="DumpLine"/> features. Only short lines get the costly date and byline checks.</summary>
public static partial class LineFeatures
{
    /// <summary>Longer lines are sampled: their first characters tell enough, and counting the rest costs time.</summary>
    public const int SampleLength = 5000;

    /// <summary>Words whose presence lets a pattern match: a line without any of a pattern's cue words skips its regex.</summary>
    [Flags]
    internal enum Cue
    {
        None = 0,
        Copyright = 1,
        RelativeTime = 2,
        Byline = 4,
        SectionBreak = 8,
        Furniture = 16,
        CallToAction = 32,
        Month = 64,
        RelativeWord = 128,
    }

    // Each pattern's cue words: for every alternative of the pattern, one word that it cannot match without
    // (lower case; a word of eight letters or more stands for every word sharing its first seven).
    private static readonly (Cue Cue, string Words)[] CueWords =
    [
        (Cue.Copyright, "c copyright reserved vorbehalten réservés reservados commons licensed"),
        (Cue.RelativeTime, "ago vor il"),
        (Cue.RelativeWord, "just now yesterday today gestern heute hier aujourd"),
        (Cue.Month, PrintedDates.MonthNames.Replace('|', ' ')),
        (Cue.Byline, Bylines.MarkerCueWords),
        (Cue.SectionBreak, "more related recommended you read see also top most trending latest popular recent comment comments reply replys replies " +
            "response responses weitere mehr das meistgelesen ähnliche kommentare lire sur article articles les deja comentario comentarios " +
            "artículos noticias contenido te lo las los más articoli laat reacties gerelateerde share author autor tag tags tagged filed categories " +
            "neueste aktuelle derniers dernières últimas últimos ultime ultimi laatste lesermeinungen leserkommentare writer writers authors auteur autore informazioni sobre 関連記事 関連ニュース 相关阅读 相关新闻 相关文章 相關新聞 相關閱讀 관련기사 관련"),
        (Cue.Furniture, "share shares tweet print email mail facebook twitter linkedin whatsapp pinterest reddit link subscribe newsletter sign " +
            "log login register cookie cookies privacy terms advertisement sponsored anzeige werbung publicité publicidad pubblicità advertentie correction feedback " +
            "accessibility skip menu search navigation us read weiterlesen lire mehr click load show previous prev next view keep reading " +
            "lesezeit temps continue back older newer listen audio watch video photo photos gallery impressum datenschutz teilen drucken " +
            "partager imprimer abonnieren abonner connexion anmelden rights powered rss home startseite accueil"),
        (Cue.CallToAction, "subscribe sign signing newsletter download follow latest straight submit editor hear join gift advertiser " +
            "compensation click moderated log login copyrighted permission responsible reprint notifications abonnieren abonnez kommentieren " +
            "commenter disclosure affiliate earn journalism advertise email mail promotional inbox"),
    ];

    // Stop-word languages in the low byte, cues above it: one look-up per word serves both.
    private static readonly Dictionary<ulong, int> WordBits = BuildWordBits();

    private static Dictionary<ulong, int> BuildWordBits()
    {
        var bits = new Dictionary<ulong, int>(StopWords.LanguageBits);
        foreach (var (cue, words) in CueWords)
            foreach (var word in words.Split(' '))
            {
                var key = StopWords.WordKey(word);
                bits[key] = bits.GetValueOrDefault(key) | (int)cue << 8;
            }
        return bits;
    }

    /// <summary>
    /// Reads the line's words once: how many, how many stop words of each language, and which patterns
    /// their cue words allow. <see cref="Compute"/> scans a line it is given unscanned.
    /// </summary>
    public static void Scan(DumpLine line)
    {
        var t = line.Text;
        var span = t.AsSpan(0, Math.Min(t.Length, SampleLength));
        var stops = new int[StopWords.LanguageOrder.Length];
        var words = 0;
        var cues = Cue.None;
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
                i++;
            var start = i;
            var part = i;
            while (i < span.Length && StopWords.IsWordChar(span[i]))
            {
                // The patterns see a word boundary at an apostrophe ("Facebook's", "s'abonner").
                if (!char.IsLetter(span[i]))
                {
                    if (i > part && WordBits.TryGetValue(StopWords.WordKey(span[part..i]), out var partBits))
                        cues |= (Cue)(partBits >> 8);
                    part = i + 1;
                }
                i++;
            }
            if (i == start)
                continue;
            words++;
            if (WordBits.TryGetValue(StopWords.WordKey(span[start..i]), out var bits))
            {
                for (var l = 0; l < stops.Length; l++)
                    stops[l] += bits >> l & 1;
                cues |= (Cue)(bits >> 8);
            }
            if (part > start && i > part && WordBits.TryGetValue(StopWords.WordKey(span[part..i]), out var lastBits))
                cues |= (Cue)(lastBits >> 8);
        }
        line.SampleWords = words;
        line.SampleStopWords = stops;
        line.Cues = cues;
        line.SampleCjk = HasChineseOrJapanese(span) || span.ContainsAnyInRange('\uAC00', '\uD7AF') ? CountCjk(span) : 0;
    }

    /// <summary>Kana or CJK ideographs: text whose words are not separated by spaces.</summary>
    internal static bool HasChineseOrJapanese(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u3040', '\u9FFF');

    private static int CountCjk(ReadOnlySpan<char> span)
    {
        var n = 0;
        foreach (var c in span)
            if (EastAsianScriptOf(c) != EastAsianScript.None)
                n++;
        return n;
    }

    internal enum EastAsianScript { None, Kana, Ideograph, Hangul }

    /// <summary>Kana (full and half width), CJK ideographs with the iteration mark 々, Hangul syllables and jamo.</summary>
    internal static EastAsianScript EastAsianScriptOf(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' or >= '\uFF66' and <= '\uFF9F' => EastAsianScript.Kana,
        '\u3005' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' => EastAsianScript.Ideograph,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => EastAsianScript.Hangul,
        _ => EastAsianScript.None,
    };

    /// <summary>The page's language from its scanned lines: the stop words of its first 200 lines of 40 characters or more.</summary>
    public static string? DetectLanguage(IReadOnlyList<DumpLine> lines)
    {
        Span<int> counts = stackalloc int[StopWords.LanguageOrder.Length];
        int taken = 0, chars = 0;
        foreach (var line in lines)
        {
            if (line.Length < 40)
                continue;
            if (taken++ == 200 || chars >= 20_000)
                break;
            chars += line.Length + 1;
            if (line.SampleStopWords.Length == 0)
                Scan(line);
            for (var l = 0; l < counts.Length; l++)
                counts[l] += line.SampleStopWords[l];
        }
        return StopWords.Pick(counts);
    }

    /// <param name="language">The page's language; null when no stop-word list fits (the line's density is then guessed from its length).</param>
    public static void Compute(DumpLine line, string? language, PrintedTime? pageDate)
    {
        if (line.SampleStopWords.Length == 0)
            Scan(line);
        var t = line.Text;
        var index = language is null ? -1 : Array.IndexOf(StopWords.LanguageOrder, language);
        line.Words = line.SampleWords;
        line.StopWords = line.SampleStopWords[Math.Max(index, 0)];
        if (language is null)
            line.StopWords = line.Words >= 6 ? (int)(line.Words * 0.3) : 0;
        // Chinese and Japanese run their words together and no stop-word list covers them: a line mostly of such
        // characters counts a word for every two of them, and its density is guessed as for an unknown language.
        if (line.SampleCjk * 5 >= Math.Min(t.Length, SampleLength) * 2)
        {
            line.Words = Math.Max(line.Words, line.SampleCjk / 2);
            line.StopWords = line.Words >= 6 ? (int)(line.Words * 0.3) : 0;
        }
        if (t.Length > SampleLength && line.Words > 0)
        {
            // A huge line is sampled; scale the counts so density stays right.
            var scale = t.Length / (double)SampleLength;
            line.Words = (int)(line.Words * scale);
            line.StopWords = (int)(line.StopWords * scale);
        }
        line.EndsSentence = EndsLikeSentence(t);
        line.CapitalShare = CapitalisedShare(t);
        line.Kind = Classify(line, pageDate);
    }

    private static LineKind Classify(DumpLine line, PrintedTime? pageDate)
    {
        var t = line.Text;
        if (t.Length > 400)
            return LineKind.Text;
        // Every regex is guarded by a cheap test (a character count, or the cue words of the scan): most lines of
        // a dump are plain menu items or prose, and the regexes would otherwise be tried at every position of every line.
        var digits = CountDigits(t);
        var cues = line.Cues;
        if ((cues.HasFlag(Cue.Copyright) || t.Contains('©')) && Copyright().IsMatch(t) && (t.Length < 200 || !line.EndsSentence))
            return IsPhotoCredit(t, digits) ? LineKind.Caption : LineKind.Copyright;
        if (t.Length <= 60 && (digits > 0 && cues.HasFlag(Cue.RelativeTime) && PrintedDates.IsRelativeTime(t)
            || t.Length <= 40 && (digits > 0 || cues.HasFlag(Cue.RelativeWord)) && RelativeOnly().IsMatch(t)))
            return LineKind.RelativeTime;
        if (digits >= 1 && t.Length <= 20 && Duration().IsMatch(t))
            return LineKind.Duration;
        if (IsCaption(t))
            return LineKind.Caption;
        if (t.Length <= 160 && MayBeByline(t, cues) && Bylines.TryParseLine(t, out var byline) && !IsLabel(byline, line.Words))
        {
            line.Byline = byline;
            return LineKind.Byline;
        }
        if (t.Length <= 120 && digits >= 3 && IsMostlyDate(line) && MayHoldDate(t, cues, pageDate) && PrintedDates.TryParse(t, pageDate, out var date))
        {
            line.Date = date;
            return LineKind.Date;
        }
        if (t.Length <= 50 && cues.HasFlag(Cue.SectionBreak) && SectionBreak().IsMatch(t)
            || t.Length <= 200 && MayBeCommentsHeader(t) && CommentsHeader().IsMatch(t))
            return LineKind.SectionBreak;
        if (t.Length <= 90 && cues.HasFlag(Cue.Furniture) && Furniture().IsMatch(t) && !(line.EndsSentence && t.Length > 60))
            return LineKind.Furniture;
        // "Related TopicsEpic GamesPsyonixRocket League": a tag list whose links the dump glued together. Glued
        // figures ("Calories: 291kcalCarbohydrates: 31g") and reference lists carry numbers and are content.
        if (t.Length <= 300 && !line.EndsSentence && digits <= 4 && GluedWords(t) >= 3)
            return LineKind.Furniture;
        // "Nächster ArtikelFDP stellt Ampel infrage": a link to the neighbouring story, its title glued on.
        if (t.Length <= 200 && t[0] is 'P' or 'p' or 'N' or 'n' or 'O' or 'o' or 'V' or 'v' or 'A' or 'a' && PreviousNext().IsMatch(t))
            return LineKind.Furniture;
        // "EXAMPLENEWS.COM" alone on a line: the site's name as a logo or a link.
        if (t.Length <= 60 && IsDomainName(t))
            return LineKind.Furniture;
        // "Archive – RSS – Impressum – Datenschutz": a menu flattened into one line.
        if (t.Length <= 300 && !line.EndsSentence && SeparatedItems(t) >= 3)
            return LineKind.Furniture;
        // Longer page furniture: calls to action, comment policies, "Read also: <link>" lines inside the article.
        if (t.Length <= 300 && (MayBeInlineLink(t) && InlineLink().IsMatch(t) || cues.HasFlag(Cue.CallToAction) && CallToAction().IsMatch(t)))
            return LineKind.Furniture;
        return LineKind.Text;
    }

    // "Author information", "Author details": a heading over the author box names nobody. Its one "author" is a
    // lower-case word of letters only; a user name ("delta201") has figures or capitals.
    private static bool IsLabel(Bylines.Byline byline, int words) =>
        words == 2 && byline.Authors is [var only] && only.Length > 0 && only.All(char.IsLower);

    // "© Jane Model" under a picture credits the photographer; the footer's notice has a year or more words.
    private static bool IsPhotoCredit(string t, int digits) => t[0] == '©' && digits == 0 && t.Length <= 40 && t.AsSpan().Count(' ') <= 4;

    private static bool MayBeCommentsHeader(string t) =>
        char.IsAsciiDigit(t[0]) || t[^1] == ':' || t.StartsWith("one ", StringComparison.OrdinalIgnoreCase)
        || t.StartsWith("two ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("three ", StringComparison.OrdinalIgnoreCase);

    // "Read also: ...", "Tags: ...", "← Previous", "Next →": a marker within the first words or an arrow at an end.
    private static bool MayBeInlineLink(string t)
    {
        if (t[0] is '←' or '«' or '‹' || t[^1] is '→' or '»' or '›')
            return true;
        var head = t.AsSpan(0, Math.Min(t.Length, 32));
        return head.IndexOfAny(":»>|") >= 0;
    }

    // A small letter, then a capital and a small letter: a word boundary lost between two links ("TopicsEpic").
    // Names have one ("McDonald", "iPhone"); a glued list has several.
    private static int GluedWords(string t)
    {
        var n = 0;
        for (var i = 1; i + 1 < t.Length; i++)
            if (char.IsUpper(t[i]) && char.IsLower(t[i - 1]) && char.IsLower(t[i + 1]))
                n++;
        return n;
    }

    /// <summary>"EXAMPLE.COM", "https://www.example.co.uk/" alone: the outlet's stamp or a link, not a sentence.</summary>
    internal static bool IsDomainName(string text)
    {
        var t = text.AsSpan().TrimEnd('/');
        if (t.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            t = t[8..];
        else if (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            t = t[7..];
        var dot = t.LastIndexOf('.');
        if (dot <= 0 || dot > t.Length - 3 || t.Length - dot - 1 > 6)
            return false;
        foreach (var c in t[(dot + 1)..])
            if (!char.IsLetter(c))
                return false;
        foreach (var c in t)
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
                return false;
        return true;
    }

    private static int SeparatedItems(string t)
    {
        var n = 0;
        for (var i = 1; i + 1 < t.Length; i++)
            if (t[i] is '|' or '–' or '•' or '·' or '/' or '▪' or '■' or '●' or '◆' or '♦' && t[i - 1] == ' ' && t[i + 1] == ' ')
                n++;
        return n;
    }

    private static int CountDigits(string t)
    {
        var n = 0;
        foreach (var c in t)
            if (char.IsAsciiDigit(c))
                n++;
        return n;
    }

    // Bylines.TryParseLine needs a marker word ("By", "Von", "Par", glued as in "ByJane Doe") or an agency
    // after the last comma ("Jane Doe, The Associated Press"): agency names are short.
    private static bool MayBeByline(string t, Cue cues)
    {
        if (cues.HasFlag(Cue.Byline) || t.StartsWith("By", StringComparison.Ordinal) || t.StartsWith("Von", StringComparison.Ordinal)
            || t.StartsWith("Par", StringComparison.Ordinal) || t.StartsWith("Por", StringComparison.Ordinal) || t.StartsWith("Door", StringComparison.Ordinal))
            return true;
        var comma = t.LastIndexOf(", ", StringComparison.Ordinal);
        return comma >= 0 && t.AsSpan(comma + 2).Trim().Trim("()., ").Length is > 0 and <= 40;
    }

    // Every printed date layout has a month name or one of "-./" between its numbers; "2 hours ago" needs the page's date.
    private static bool MayHoldDate(string t, Cue cues, PrintedTime? pageDate) =>
        cues.HasFlag(Cue.Month) || t.AsSpan().IndexOfAny('-', '.', '/') >= 0 || pageDate is not null && cues.HasFlag(Cue.RelativeTime);

    // A date line is the date plus a few words ("Posted", "Last Updated", "Published on"), not a sentence with a date in it.
    private static bool IsMostlyDate(DumpLine line) => line.Words <= 9 && !(line.Text.EndsWith('.') && line.Words > 7);

    public static bool IsCaption(string t)
    {
        if (t.Length > 600 || t.Length < 3)
            return false;
        // Captions open with a marker ("FILE -", "Photo:") or close with a credit "(...)" or a "Name/Agency" credit.
        var c0 = t[0];
        var last = t[^1] == '.' && t.Length > 1 ? t[^2] : t[^1];
        if (c0 is not ('F' or 'P' or 'I' or 'C' or 'B' or '(') && last != ')' && !t.Contains(':') && !t.Contains('/'))
            return false;
        // The credit at the end closes with ")" or follows a colon ("Photograph: ...").
        // A credit line alone has a slash, parentheses, or opens with an agency's name.
        return FileCaption().IsMatch(t) || (t[^1] == ')' || t.Contains(':')) && CreditAtEnd().IsMatch(t)
            || (c0 is '(' or 'G' or 'S' or 'i' or 'A' or 'R' or 'd' or 'I' || t.Contains('/')) && CreditLine().IsMatch(t);
    }

    private static bool EndsLikeSentence(string t)
    {
        var s = t.AsSpan().TrimEnd();
        if (s.IsEmpty)
            return false;
        var c = s[^1];
        if (c is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？')
            return true;
        if (c is '"' or '”' or '»' or '\'' or '’' or ')' or '」' or '』' && s.Length > 1)
            return s[^2] is '.' or '!' or '?' or ',' or '…' or '。' || s.Length > 80;
        return false;
    }

    private static double CapitalisedShare(string t)
    {
        int words = 0, caps = 0;
        var span = t.AsSpan(0, Math.Min(t.Length, 400));
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i]))
                i++;
            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i]))
                i++;
            if (i > start && char.IsLetter(span[start]))
            {
                words++;
                // Short function words ("of", "the", "in") stay lower case in Title Case too.
                if (char.IsUpper(span[start]))
                    caps++;
                else if (i - start <= 3)
                    words--;
            }
        }
        return words == 0 ? 0 : caps / (double)words;
    }

    [GeneratedRegex(@"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|creative commons|licensed under", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:updated|posted|published|aktualisiert)?\s*(?:\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d|w)|just now|yesterday|today|gestern|heute|hier|aujourd'hui)\s*(?:ago)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOnly();

    [GeneratedRegex(@"^(?:\d{1,2}:)?\d{1,2}:\d{2}$|^\d+\s?(?:min|mins|minutes|sec)\s*(?:read|watch|listen|video)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    // "FILE - This combination photo ...", "FILE PHOTO: ..."
    [GeneratedRegex(@"^(?:FILE(?: PHOTO)?\s*[-–—:]|Photo:|Photograph:|Image:|Picture:|Credit:|Foto:|Bild:|Illustration:|(?:Photo|Image|Picture|Foto|Bild|Header image|Cover image)s? (?:by|von|de|par|courtesy)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex FileCaption();

    // "... (AP Photo/Evan Vucci)", "... (Photo: Jane Doe/Getty Images)", "... Photograph: Jane Doe/Reuters"
    [GeneratedRegex(@"(?:\((?:[^()]{0,60}\b(?:Photo|Photos|Foto|Fotos|Image|Images|Photograph|Getty|Shutterstock|AP Photo|Reuters|AFP|Credit|Bild|Illustration)\b[^()]{0,60})\)|\bPhotograph:\s[^.]{2,60}|\b(?:Photo|Foto|Bild|Image|Crédit|Credit) ?(?:credit)?:\s\S[^:]{1,60})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditAtEnd();

    // "(Elizabeth Conley / Houston Chronicle)", "Getty Images", "Jane Doe/Reuters" alone on a line.
    [GeneratedRegex(@"^\(?[\p{L} .'’-]{2,40}\s?/\s?[\p{L} .'’-]{2,40}\)?$|^\((?:[^()]{2,60})\)$|^(?:Getty Images|Shutterstock|iStock|AP|Reuters|AFP|dpa|Imago)(?:\s?/\s?[\p{L} .'’-]{2,40})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    /// <summary>Headings of the author box, shared with <see cref="TextDumpBody"/>, which skips the bio under them.</summary>
    internal const string AuthorBoxHeadings =
        @"about the (?:author|writer)s?|über den autor(?:in)?|zum autor|à propos de l['’]auteur|sobre (?:el|o) autor|(?:informazioni )?sull['’]autore|over de auteur";

    [GeneratedRegex(@"^(?:more (?:from|on|in|about|stories|videos|news|articles)\b.*|related(?: (?:articles?|stories|posts|content|coverage|news|links|reading|topics))?|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested in)|read (?:more|next|also)|see also|also read|top stories|most (?:read|popular|watched|viewed|shared)(?: today| now)?|trending(?: now| stories)?|latest(?: news| stories| articles| posts)?|popular(?: posts| stories)?|recent posts|(?:leave a |post a |add a )?(?:comment|reply)s?|\d+ (?:comments?|responses?|replies)|comments? \(\d+\)|weitere artikel|mehr zum thema|das könnte sie auch interessieren|meistgelesen|ähnliche artikel|kommentare|à lire aussi|lire aussi|sur le même sujet|articles? similaires?|commentaires|les plus lus|laisser un commentaire|deja un comentario|deja una respuesta|comentarios|artículos relacionados|noticias relacionadas|contenido relacionado|(?:también )?te puede interesar|lo más leído|(?:las|los) más (?:leídas|leídos|vistas|vistos|compartidas|compartidos)|más sobre\b.*|(?:envía|enviá|deja|dejá|escribe|escribí) (?:tu|un) comentario|les plus (?:partagés|commentés|populaires|consultés)|meistgelesene?(?: artikel| nachrichten)?|meistkommentiert|lascia un commento|commenti|articoli correlati|laat een reactie achter|reacties|gerelateerde artikelen|share this(?: article| story| post)?:?|" + AuthorBoxHeadings + @"|tag(?:s|ged)?\b:?.*|filed under:?.*|categories:?.*|more(?: \S+){0,2} (?:stories|news|articles|reads|posts|videos)|(?:neueste|aktuelle|derniers|dernières|últimas|últimos|ultime|ultimi|laatste)(?: (?:nachrichten|artikel|meldungen|beiträge|diskussion|kommentare|news|articles|actualités|infos|commentaires|noticias|notizie|articoli|nieuws|berichten|artículos|comentarios|commenti|reacties))?|lesermeinungen|leserkommentare|[【\[]?(?:関連記事|関連ニュース|相关阅读|相关新闻|相关文章|相關新聞|相關閱讀|관련\s?기사)[】\]]?)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionBreak();

    [GeneratedRegex(@"^(?:(?:previous|prev|next|older|newer) ?(?:article|post|story|entry)|(?:vorheriger|nächster) (?:artikel|beitrag)|article (?:précédent|suivant)|artículo (?:anterior|siguiente)|articolo (?:precedente|successivo)|(?:vorig|volgend) (?:artikel|bericht))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviousNext();

    [GeneratedRegex(@"^(?:(?:lea (?:también|más)|lea|read (?:also|more|next)|see also|also read|related|more|watch|listen|lire aussi|à lire aussi|voir aussi|lesen sie auch|lesen sie mehr|mehr dazu|mehr zum thema|auch interessant|leggi anche|vea también|lee también|ver también|LIVE|VIDEO|FOTOS?|PHOTOS?)\s*[:»>|]|(?:tags?|schlagwörter|schlagworte|étiquettes|etiquetas|categories|category|kategorien|filed under|posted in|topics?)\s*:)|^[←«‹]|[→»›]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\b(?:subscri(?:be|ber|bers|bing|ption|ptions)|sign up|signing up|newsletters?|download (?:the|our)|follow (?:\S+ ){0,3}on (?:twitter|facebook|instagram|linkedin|x)|get the latest|straight to your (?:phone|inbox)|submit (?:a|your) letter|letters? to the editor|we want to hear|join (?:the )?(?:\d[\d,]*|hundreds|thousands|millions) (?:of )?|welcome gift|advertisers?|may receive (?:a )?compensation|click here|comments? (?:are|is) moderated|moderate comments|log ?in|copyrighted property|written permission|not responsible for the (?:opinions|content)|reprint|push notifications|abonnieren|abonnez|kommentieren|commenter|disclosure|affiliate (?:links?|commissions?)|we may earn|support (?:our|independent) journalism|advertise with us|enter your e-?mail|your e-?mail address|promotional content|in your inbox|to your inbox)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();

    // "11 responses to “...”", "1 reply on “...”", "Art Edwards says:": the comment thread starts here.
    [GeneratedRegex(@"^(?:\d+|one|two|three) (?:comments?|responses?|replies|reply|thoughts?|kommentare|commentaires|comentarios)\b.*|^.{1,40} (?:says|said|sagt|schrieb|dit|a dit|wrote|commented):$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();

    [GeneratedRegex(@"\b(?:share|shares|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|subscribe|subscription|newsletter|sign (?:in|up)|log ?in|log out|register|cookies?|privacy|terms (?:of|and)|advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|correction|feedback|accessibility|skip to|menu|search|navigation|follow us|contact us|about us|read more|weiterlesen|lire la suite|mehr lesen|click here|load more|show more|^(?:previous|prev|next)\b|view all|read the rest|keep reading|reading time|lesezeit|temps de lecture|continue reading|sign me up|back to top|(?:next|previous|prev|older|newer) (?:post|article|story|entry|page)s?|listen to this|audio|watch:|video:|photos?:|gallery|impressum|datenschutz|teilen|drucken|partager|imprimer|abonnieren|s'abonner|connexion|anmelden|all rights|powered by|rss|home|startseite|accueil)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
