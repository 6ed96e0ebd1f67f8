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

    public int Length => Text.Length;
    public double StopWordDensity => Words == 0 ? 0 : StopWords / (double)Words;
}

/// <summary>Computes <see cref="DumpLine"/> features. Only short lines get the costly date and byline checks.</summary>
public static partial class LineFeatures
{
    /// <param name="language">The page's language; null when no stop-word list fits (the line's density is then guessed from its length).</param>
    public static void Compute(DumpLine line, string? language, PrintedTime? pageDate)
    {
        var t = line.Text;
        (line.Words, line.StopWords) = StopWords.Count(t.Length > 5000 ? t[..5000] : t, language ?? "en");
        if (language is null)
            line.StopWords = line.Words >= 6 ? (int)(line.Words * 0.3) : 0;
        if (t.Length > 5000 && line.Words > 0)
        {
            // A huge line is sampled; scale the counts so density stays right.
            var scale = t.Length / 5000.0;
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
        // Cheap character tests guard every regex: most lines of a dump are plain menu items or prose.
        var digits = CountDigits(t);
        if (MayBeCopyright(t) && Copyright().IsMatch(t) && (t.Length < 200 || !line.EndsSentence))
            return LineKind.Copyright;
        if (t.Length <= 60 && (digits > 0 && PrintedDates.IsRelativeTime(t) || t.Length <= 40 && RelativeOnly().IsMatch(t)))
            return LineKind.RelativeTime;
        if (digits >= 1 && t.Length <= 20 && Duration().IsMatch(t))
            return LineKind.Duration;
        if (IsCaption(t))
            return LineKind.Caption;
        if (t.Length <= 160 && Bylines.TryParseLine(t, out var byline))
        {
            line.Byline = byline;
            return LineKind.Byline;
        }
        if (t.Length <= 120 && digits >= 3 && PrintedDates.TryParse(t, pageDate, out var date) && IsMostlyDate(t))
        {
            line.Date = date;
            return LineKind.Date;
        }
        if (t.Length <= 50 && SectionBreak().IsMatch(t) || t.Length <= 200 && MayBeCommentsHeader(t) && CommentsHeader().IsMatch(t))
            return LineKind.SectionBreak;
        if (t.Length <= 90 && Furniture().IsMatch(t) && !(line.EndsSentence && t.Length > 60))
            return LineKind.Furniture;
        // "Archive – RSS – Impressum – Datenschutz": a menu flattened into one line.
        if (t.Length <= 300 && !line.EndsSentence && SeparatedItems(t) >= 3)
            return LineKind.Furniture;
        // Longer page furniture: calls to action, comment policies, "Read also: <link>" lines inside the article.
        if (t.Length <= 300 && (MayBeInlineLink(t) && InlineLink().IsMatch(t) || CallToAction().IsMatch(t)))
            return LineKind.Furniture;
        return LineKind.Text;
    }

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

    private static int SeparatedItems(string t)
    {
        var n = 0;
        for (var i = 1; i + 1 < t.Length; i++)
            if (t[i] is '|' or '–' or '•' or '·' or '/' && t[i - 1] == ' ' && t[i + 1] == ' ')
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

    private static bool MayBeCopyright(string t) =>
        t.Contains('©') || t.Contains("opyright", StringComparison.Ordinal) || t.Contains("(c)", StringComparison.OrdinalIgnoreCase)
        || t.Contains("rights reserved", StringComparison.OrdinalIgnoreCase) || t.Contains("Rechte", StringComparison.Ordinal)
        || t.Contains("droits", StringComparison.Ordinal) || t.Contains("derechos", StringComparison.Ordinal)
        || t.Contains("icense", StringComparison.Ordinal) || t.Contains("Creative Commons", StringComparison.Ordinal);

    // A date line is the date plus a few words ("Posted", "Last Updated", "Published on"), not a sentence with a date in it.
    private static bool IsMostlyDate(string t)
    {
        var (words, _) = StopWords.Count(t, "en");
        return words <= 9 && !(t.EndsWith('.') && words > 7);
    }

    public static bool IsCaption(string t)
    {
        if (t.Length > 600 || t.Length < 3)
            return false;
        // Captions open with a marker ("FILE -", "Photo:") or close with a credit "(...)" or a "Name/Agency" credit.
        var c0 = t[0];
        var last = t[^1] == '.' && t.Length > 1 ? t[^2] : t[^1];
        if (c0 is not ('F' or 'P' or 'I' or 'C' or 'B' or '(') && last != ')' && !t.Contains(':') && !t.Contains('/'))
            return false;
        return FileCaption().IsMatch(t) || CreditAtEnd().IsMatch(t) || CreditLine().IsMatch(t);
    }

    private static bool EndsLikeSentence(string t)
    {
        var s = t.AsSpan().TrimEnd();
        if (s.IsEmpty)
            return false;
        var c = s[^1];
        if (c is '.' or '!' or '?' or '…' or ':' or ';')
            return true;
        if (c is '"' or '”' or '»' or '\'' or '’' or ')' && s.Length > 1)
            return s[^2] is '.' or '!' or '?' or ',' or '…' || s.Length > 80;
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

    [GeneratedRegex(@"^(?:more (?:from|on|in|about|stories|videos|news|articles)\b.*|related(?: (?:articles?|stories|posts|content|coverage|news|links|reading|topics))?|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested in)|read (?:more|next|also)|see also|also read|top stories|most (?:read|popular|watched|viewed|shared)(?: today| now)?|trending(?: now| stories)?|latest(?: news| stories| articles| posts)?|popular(?: posts| stories)?|recent posts|(?:leave a |post a |add a )?(?:comment|reply)s?|\d+ (?:comments?|responses?|replies)|comments? \(\d+\)|weitere artikel|mehr zum thema|das könnte sie auch interessieren|meistgelesen|ähnliche artikel|kommentare|à lire aussi|lire aussi|sur le même sujet|articles? similaires?|commentaires|les plus lus|laisser un commentaire|deja un comentario|deja una respuesta|comentarios|artículos relacionados|noticias relacionadas|(?:también )?te puede interesar|lo más leído|lascia un commento|commenti|articoli correlati|laat een reactie achter|reacties|gerelateerde artikelen|share this(?: article| story| post)?:?|about the author|über den autor|tags?:?.*|filed under:?.*|categories:?.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionBreak();

    [GeneratedRegex(@"^(?:(?:lea (?:también|más)|lea|read (?:also|more|next)|see also|also read|related|more|watch|listen|lire aussi|à lire aussi|voir aussi|lesen sie auch|lesen sie mehr|mehr dazu|mehr zum thema|auch interessant|leggi anche|vea también|lee también|ver también|LIVE|VIDEO|FOTOS?|PHOTOS?)\s*[:»>|]|(?:tags?|schlagwörter|schlagworte|étiquettes|etiquetas|categories|category|kategorien|filed under|posted in|topics?)\s*:)|^[←«‹]|[→»›]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\b(?:subscri(?:be|ber|bers|bing|ption|ptions)|sign up|signing up|newsletters?|download (?:the|our)|follow (?:\S+ ){0,3}on (?:twitter|facebook|instagram|linkedin|x)|get the latest|straight to your (?:phone|inbox)|submit (?:a|your) letter|letters? to the editor|we want to hear|join (?:the )?(?:\d[\d,]*|hundreds|thousands|millions) (?:of )?|welcome gift|advertisers?|may receive (?:a )?compensation|click here|comments? (?:are|is) moderated|moderate comments|log ?in|copyrighted property|written permission|not responsible for the (?:opinions|content)|reprint|push notifications|abonnieren|abonnez|kommentieren|commenter|disclosure|affiliate (?:links?|commissions?)|we may earn|support (?:our|independent) journalism|advertise with us|enter your e-?mail|your e-?mail address|promotional content|in your inbox|to your inbox)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();

    // "11 responses to “...”", "1 reply on “...”", "Art Edwards says:": the comment thread starts here.
    [GeneratedRegex(@"^(?:\d+|one|two|three) (?:comments?|responses?|replies|reply|thoughts?|kommentare|commentaires|comentarios)\b.*|^.{1,40} (?:says|said|sagt|schrieb|dit|a dit|wrote|commented):$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();

    [GeneratedRegex(@"\b(?:share|shares|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|subscribe|subscription|newsletter|sign (?:in|up)|log ?in|log out|register|cookies?|privacy|terms (?:of|and)|advertisement|advertising|sponsored|anzeige|werbung|publicité|correction|feedback|accessibility|skip to|menu|search|navigation|follow us|contact us|about us|read more|weiterlesen|lire la suite|mehr lesen|click here|load more|show more|^(?:previous|prev|next)\b|view all|read the rest|keep reading|reading time|lesezeit|temps de lecture|continue reading|sign me up|back to top|(?:next|previous|prev|older|newer) (?:post|article|story|entry|page)s?|listen to this|audio|watch:|video:|photos?:|gallery|impressum|datenschutz|teilen|drucken|partager|imprimer|abonnieren|s'abonner|connexion|anmelden|all rights|powered by|rss|home|startseite|accueil)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
