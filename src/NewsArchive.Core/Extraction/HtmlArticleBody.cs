using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Turns the chosen content nodes into body paragraphs and captions: drops widget boxes and link lists
/// inside the content (Readability's conditional cleaning), bylines, date lines, furniture lines and
/// repeated blocks, and keeps headings, lists and quotes that belong to the text.
/// </summary>
internal static partial class HtmlArticleBody
{
    /// <param name="FirstBlock">Index of the first page block kept as a paragraph, or -1.</param>
    public sealed record Result(List<string> Paragraphs, List<string> Captions, List<string> Bylines, int FirstBlock = -1);

    public static Result Assemble(HtmlPageModel page, List<PageNode> selection, string? headline)
    {
        foreach (var n in selection)
            n.Selected = true;
        foreach (var n in page.Nodes)
        {
            var parent = n.Parent;
            var isSelected = n.Selected;
            n.InContent = isSelected || (parent?.InContent ?? false);
            n.Dropped = n.InContent && ((parent is not null && parent.InContent && parent.Dropped) || (!isSelected && ShouldDrop(n)));
        }
        foreach (var n in selection)
            n.Selected = false;

        var paragraphs = new List<string>();
        var captions = new List<string>();
        var bylines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headlineKey = headline is null ? null : Key(headline);
        var headingPending = -1;
        var firstBlock = -1;
        var lastBlock = -1;
        foreach (var b in page.Blocks)
        {
            var owner = b.Owner;
            if (!owner.InContent || owner.Excluded)
                continue;
            var text = b.Text;
            if (owner.InCaption)
            {
                if (text.Length > 1 && !captions.Contains(text))
                    captions.Add(text);
                continue;
            }
            if (owner.Dropped || !HasWordCharacter(text))
                continue;
            if (b.LinkDensity > (text.Length < 200 ? 0.5 : 0.7))
                continue;
            if (IsByline(text))
            {
                bylines.Add(text);
                continue;
            }
            if (HtmlCleaner.IsFurnitureLine(text) || LooksLikeDateLine(text) || text.Length < 60 && LineFeatures.IsDomainName(text) || MixesLatinAndCyrillic(text))
                continue;
            var key = Key(text);
            if (headlineKey is not null && key == headlineKey)
                continue;
            if (!seen.Add(key))
                continue;
            // A heading with nothing after it introduced a box we dropped ("Related stories").
            headingPending = b.IsHeading ? (headingPending >= 0 ? headingPending : paragraphs.Count) : -1;
            if (paragraphs.Count == 0)
                firstBlock = b.Index;
            // "Release Date:" on its own line whose value (a date, a name) was left out is a label of nothing.
            if (paragraphs.Count > 0 && lastBlock != b.Index - 1 && IsFieldLabel(paragraphs[^1]))
                paragraphs.RemoveAt(paragraphs.Count - 1);
            lastBlock = b.Index;
            paragraphs.Add(text);
        }
        if (headingPending >= 0)
            paragraphs.RemoveRange(headingPending, paragraphs.Count - headingPending);
        TrimEdges(paragraphs);
        CutCallToActionTail(paragraphs);
        return new Result(paragraphs, captions, bylines, firstBlock);
    }

    /// <summary>
    /// The standfirst (dek, teaser, summary) sits between the headline and the body, often in the page
    /// header the body search leaves out. The page's meta description is usually that same text, so a
    /// block before the body that says what the description says is put back in front of the body.
    /// </summary>
    public static void PrependStandfirst(HtmlPageModel page, Result body, string? description)
    {
        if (description is null || body.FirstBlock <= 0 || body.Paragraphs.Count == 0)
            return;
        var wanted = Key(description).TrimEnd(SentenceEnd);
        if (wanted.Length < MinStandfirstLength)
            return;
        var blocks = page.Blocks;
        for (var i = body.FirstBlock - 1; i >= 0 && i >= body.FirstBlock - StandfirstReach; i--)
        {
            var b = blocks[i];
            if (b.Text.Length < MinStandfirstLength || b.Owner.InCaption || b.Owner.InComments || b.LinkDensity > 0.3)
                continue;
            var key = Key(b.Text).TrimEnd(SentenceEnd);
            if (key == wanted || (key.Length >= MinStandfirstLength && wanted.StartsWith(key, StringComparison.Ordinal))
                || (key.StartsWith(wanted, StringComparison.Ordinal) && key.Length <= wanted.Length * 2))
            {
                if (!body.Paragraphs.Exists(p => Key(p) == Key(b.Text)))
                    body.Paragraphs.Insert(0, b.Text);
                return;
            }
        }
    }

    /// <summary>
    /// Script-built pages carry the article as string values in their page-state JSON (often as escaped
    /// markup). Returns the prose paragraphs found in long string literals, in order: a fallback for pages
    /// whose visible body is thin, so the scan runs rarely.
    /// </summary>
    public static List<string> ProseInScripts(IEnumerable<string> scripts)
    {
        var paragraphs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var literal = new StringBuilder();
        foreach (var script in scripts)
        {
            // Page-state scripts run to megabytes: jump from quote to quote.
            for (var i = script.IndexOf('"'); i >= 0; i = i + 1 < script.Length ? script.IndexOf('"', i + 1) : -1)
            {
                // Unescaping only shortens a literal: one too short as written is skipped without being built.
                if (LiteralEnd(script, i + 1) is var end && end - (i + 1) < MinScriptProseLength)
                {
                    i = end;
                    continue;
                }
                literal.Clear();
                var j = i + 1;
                for (; j < script.Length && script[j] != '"' && script[j] != '\n'; j++)
                {
                    if (script[j] == '\\' && j + 1 < script.Length)
                    {
                        j++;
                        var c = script[j];
                        if (c == 'u' && j + 4 < script.Length && int.TryParse(script.AsSpan(j + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
                        {
                            literal.Append((char)code);
                            j += 4;
                        }
                        else
                        {
                            literal.Append(c switch { 'n' => '\n', 't' => ' ', 'r' => ' ', _ => c });
                        }
                    }
                    else
                    {
                        literal.Append(script[j]);
                    }
                }
                i = j;
                if (literal.Length >= MinScriptProseLength)
                    AddScriptProse(literal.ToString(), paragraphs, seen);
            }
        }
        return paragraphs;
    }

    /// <summary>Where the string literal starting at <paramref name="start"/> ends: the same walk over escapes as <see cref="ProseInScripts"/>.</summary>
    private static int LiteralEnd(string script, int start)
    {
        var j = start;
        while (true)
        {
            var next = script.AsSpan(j).IndexOfAny(LiteralStops);
            if (next < 0)
                return script.Length;
            j += next;
            if (script[j] != '\\')
                return j;
            if (j + 1 < script.Length)
            {
                j++;
                if (script[j] == 'u' && j + 4 < script.Length && int.TryParse(script.AsSpan(j + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out _))
                    j += 4;
            }
            j++;
        }
    }

    // What ends a string literal's plain run: its closing quote, a line break, or an escape.
    private static readonly System.Buffers.SearchValues<char> LiteralStops = System.Buffers.SearchValues.Create("\"\n\\");

    // Shorter string values are titles, labels and teasers; an article paragraph runs longer.
    private const int MinScriptProseLength = 80;

    private static void AddScriptProse(string value, List<string> paragraphs, HashSet<string> seen)
    {
        var text = System.Net.WebUtility.HtmlDecode(value);
        // Article text in page state is rich text (markup with paragraphs); plain strings there are
        // interface messages, titles and teasers.
        if (!MarkupBreak().IsMatch(text))
            return;
        // Paragraph ends become breaks, other tags go.
        text = MarkupBreak().Replace(text, "\n");
        text = MarkupTag().Replace(text, "");
        text = System.Net.WebUtility.HtmlDecode(text);
        foreach (var line in text.Split('\n'))
        {
            var p = WhitespaceRun().Replace(line, " ").Trim();
            if (p.Length < MinScriptProseLength || !LooksLikeProse(p) || MessagePlaceholder().IsMatch(p) || IsCallToAction(p) || !seen.Add(p))
                continue;
            paragraphs.Add(p);
        }
    }

    /// <summary>Words and sentences, not a URL, code, base64 or a keyword list.</summary>
    private static bool LooksLikeProse(string p)
    {
        var spaces = 0;
        var letters = 0;
        foreach (var c in p)
        {
            if (c == ' ')
                spaces++;
            else if (char.IsLetter(c))
                letters++;
        }
        return spaces >= p.Length / 12 && letters >= p.Length * 0.6 && EndsLikeSentence(p) && !p.Contains("function(") && !p.Contains("{\"");
    }

    // Interface message catalogues sit in the same page state: "[USER] replied", "{{count}} reviews", "%s items".
    [GeneratedRegex(@"\[[A-Z][A-Z_\-]+\]|\{\{|\{\d\}|%[sd]\b|\{[a-zA-Z]+\}")]
    private static partial Regex MessagePlaceholder();

    [GeneratedRegex(@"<\s*(/p|br\s*/?|/div|/h\d|/li)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupBreak();

    [GeneratedRegex(@"<[^>]{0,500}>")]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    // Fields rather than argument lists: these trims run for many blocks of every page.
    private static readonly char[] SentenceEnd = ['.', '…', ' '];
    private static readonly char[] DatePunctuation = [',', '.', ':', '|', '(', ')'];

    // A standfirst is a sentence or more; a shorter description match is a label or a title.
    private const int MinStandfirstLength = 40;
    // How many blocks before the body the standfirst may sit (headline, byline, date, share labels between).
    private const int StandfirstReach = 40;

    // Stray labels at the edges of the body ("Kontakt", "Release Date:", "BVINEWS.COM") are not prose.
    private static void TrimEdges(List<string> paragraphs)
    {
        // A contact card line ("Jane Roe | Press Office | Communications") is a run of labels.
        static bool IsLabel(string p) =>
            p.Length < 80 && p.Split(" | ").All(part => part.Length < 40 && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3) && !EndsLikeSentence(p);
        for (var i = 0; i < 3 && paragraphs.Count > 1 && IsLabel(paragraphs[0]); i++)
            paragraphs.RemoveAt(0);
        for (var i = 0; i < 3 && paragraphs.Count > 1 && IsLabel(paragraphs[^1]); i++)
            paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    private static bool IsFieldLabel(string p) =>
        p.Length < 30 && p.EndsWith(':') && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;

    /// <summary>
    /// Advertisers swap Latin letters for look-alike Cyrillic ones ("Yоur соntеnt") to get past filters:
    /// several words that mix both alphabets mark such a block. Real text in either alphabet does not mix them inside a word.
    /// </summary>
    internal static bool MixesLatinAndCyrillic(string text)
    {
        var mixedWords = 0;
        bool latin = false, cyrillic = false;
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
                latin = true;
            else if (c is >= '\u0400' and <= '\u04FF')
                cyrillic = true;
            else if (!char.IsLetter(c))
            {
                if (latin && cyrillic && ++mixedWords >= 3)
                    return true;
                latin = cyrillic = false;
            }
        }
        return latin && cyrillic && mixedWords + 1 >= 3;
    }

    private static bool EndsLikeSentence(string p) => p.Length > 0 && p[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '“' or ')' or '…';

    /// <summary>
    /// Paywall notes, newsletter pitches and copyright lines follow the article: from the first such
    /// paragraph in the last part of the body, the rest goes when it is the smaller part.
    /// </summary>
    private static void CutCallToActionTail(List<string> paragraphs)
    {
        var total = 0;
        foreach (var p in paragraphs)
            total += p.Length;
        var before = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (i > 0 && before >= total * 0.75 && paragraphs.Count - i <= 6 && (p.StartsWith('©') || (p.Length < 250 && IsCallToAction(p))))
            {
                paragraphs.RemoveRange(i, paragraphs.Count - i);
                break;
            }
            before += p.Length;
        }
        paragraphs.RemoveAll(p => p.Length < 200 && IsCallToAction(p));
    }

    private static readonly string[] CallToActionMarkers =
    [
        "subscribe", "subscriber", "subscription", "sign up", "signing up", "newsletter", "log in to", "download the app", "download our",
        "follow us", " on twitter and", "all rights reserved", "copyrighted", "written permission",
        "not responsible for the opinions", "what you think about this article", "letter to the editor via", "never miss",
        "send us your", "advertise with", "contact us at", "click here", "suscríbete", "suscripción", "cancela cuando",
        "abonnieren", "abonnez", "s'abonner", "inscrivez-vous", "do you want to be informed", "support our journalism",
        "support independent journalism", "become a member",
    ];

    internal static bool IsCallToAction(string paragraph)
    {
        if (paragraph.Length > 400)
            return false;
        if (paragraph.StartsWith('©'))
            return true;
        foreach (var marker in CallToActionMarkers)
            if (paragraph.Contains(marker, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Readability's conditional cleaning, on the subtree statistics.</summary>
    private static bool ShouldDrop(PageNode n)
    {
        if (n.Tag is not ("div" or "section" or "ul" or "ol" or "table" or "dl" or "form" or "center" or "span"))
            return false;
        if (n.TextLength == 0)
            return false;
        var weight = n.ClassWeight;
        var isList = n.Tag is "ul" or "ol" or "dl";
        if (weight + (n.IsCandidate ? n.Score : 0) < 0)
            return true;
        if (isList)
            return n.LinkDensity > 0.5;
        if (n.Commas >= 10)
            return false;
        var p = n.ParagraphCount;
        if (n.ImageCount > 1 && p < n.ImageCount * 0.5 && !n.InCaption && n.TextLength < 200)
            return true;
        if (n.InputCount > 0 && n.InputCount > p / 3)
            return true;
        if (n.TextLength < 25 && n.HeadingLength < n.TextLength * 0.9 && (n.ImageCount == 0 || n.ImageCount > 2) && n.LinkDensity > 0)
            return true;
        if (weight < 25 && n.LinkDensity > 0.2 && n.TextLength < 2000)
            return true;
        if (weight >= 25 && n.LinkDensity > 0.5)
            return true;
        return false;
    }

    private static bool HasWordCharacter(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c))
                return true;
        return false;
    }

    /// <summary>"By Jane Doe", "Written by: Jane Doe" or "Von Max Muster" on a short line of its own.</summary>
    internal static bool IsByline(string text)
    {
        if (text.Length > 80)
            return false;
        return BylinePattern().IsMatch(text);
    }

    [GeneratedRegex(@"^((Written|Posted|Published)\s+[Bb]y:?|By:?|BY:?|Von:?|VON|Par|PAR|Por|Door|Di)\s+\p{Lu}[\p{L}'’.\-]*(\s+\p{Lu}[\p{L}'’.\-]*){0,3}(\s*(,|and|&|und|et)\s*\p{Lu}[\p{L}'’.\-]*(\s+\p{Lu}[\p{L}'’.\-]*){0,3})*\s*([,|/·•–—-].*)?$")]
    private static partial Regex BylinePattern();

    /// <summary>A short line that is only a date or time, with at most a label ("Updated: March 3, 2024 10:15 a.m. ET").</summary>
    internal static bool LooksLikeDateLine(string text)
    {
        if (text.Length > 70)
            return false;
        if (RelativeTime().IsMatch(text))
            return true;
        if (!YearPattern().IsMatch(text) && !TimePattern().IsMatch(text))
            return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 10)
            return false;
        var dateish = 0;
        foreach (var w in words)
        {
            var t = w.Trim(DatePunctuation);
            if (t.Length == 0 || DatePart().IsMatch(t) || MonthOrLabel().IsMatch(t))
                dateish++;
        }
        // One stray word is allowed in a longer line ("Updated at 10:15 ET"), not in a one- or two-word line.
        return dateish >= (words.Length >= 3 ? words.Length - 1 : words.Length);
    }

    // "2 hours ago", "Updated 5 mins ago", "Asked 8 years, 2 months ago", "vor 3 Stunden".
    [GeneratedRegex(@"^((posted|updated|published|asked|edited|modified|last updated|aktualisiert|mis à jour)\s+)?(about |vor |il y a )?\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren|heures?|jours?|mois|ans?)(,? \d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?))?( ago)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    // Numbers that can be part of a printed date or time ("3", "3rd", "2024", "03/03/2024", "10:15", "10.15h");
    // "gsoc-2018" or "0.098" in a table cell are not.
    [GeneratedRegex(@"^(\d{1,4}(st|nd|rd|th|er|e|\.)?|\d{1,4}([-/.]\d{1,2}){1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d\d-\d\dT[\d:.+\-Z]*|\d{1,2}[:.]\d\d([:.]\d\d)?(am|pm|a\.m|p\.m|h|uhr)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatePart();

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d\d\b")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|pm|a\.m|p\.m|et|est|edt|pt|pst|pdt|gmt|utc|cet|cest|bst|uhr|updated|published|posted|last|on|at|le|à|am|um|aktualisiert|veröffentlicht|stand|publié|mis|jour|modified|date|the|of|de|du)$")]
    private static partial Regex MonthOrLabel();

    private static string Key(string text)
    {
        var t = text.Trim();
        // The culture tables are slow per character: ASCII and the case-less punctuation of U+2000-U+206F (curly quotes,
        // dashes, ellipsis), which most blocks are made of, are lower-cased here; any other character takes the full mapping.
        foreach (var c in t)
            if (c >= '\u0080' && c is < '\u2000' or > '\u206F')
                return t.ToLowerInvariant();
        return string.Create(t.Length, t, static (lower, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                lower[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        });
    }
}
