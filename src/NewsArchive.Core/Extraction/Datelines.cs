using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Reads the dateline that opens a story, as printed: "MOSCOW (AP) —", "KHAN YOUNIS, Gaza —",
/// "LONDON, Jan 5 (Reuters) -", and the full-stop form of German and Scandinavian papers ("ERDEN. Wie von ...").
/// HTML pages and text dumps share it; each passes the story's paragraphs and, where the layout printed the
/// dateline apart from the story (a line or an element of its own), the text just above the first paragraph.
/// </summary>
public static partial class Datelines
{
    public sealed record Dateline(string Place, string? AgencyCode);

    // How many of the first paragraphs may hold the dateline: a caption or a standfirst can come first.
    private const int ParagraphsSearched = 3;
    // A dateline printed on its own is short: a place, a region, an agency code and a dash.
    private const int MaxAloneLength = 60;

    /// <summary>
    /// Finds the dateline. A dateline printed on its own (<paramref name="textAbove"/>, the text right above
    /// paragraph <paramref name="storyStart"/>, or a paragraph that holds nothing else) is joined to the paragraph
    /// it introduces, so the story reads as printed.
    /// </summary>
    public static Dateline? Find(List<string> paragraphs, string? textAbove = null, int storyStart = 0)
    {
        if (paragraphs.Count == 0)
            return null;
        if (textAbove is not null && storyStart >= 0 && storyStart < paragraphs.Count && IsAlone(textAbove) is { } alone)
        {
            paragraphs[storyStart] = textAbove.Trim() + " " + paragraphs[storyStart];
            return alone;
        }
        for (var k = 0; k < Math.Min(ParagraphsSearched, paragraphs.Count); k++)
        {
            var m = Match(paragraphs[k]);
            if (m is null)
                continue;
            if (m.Length == paragraphs[k].Length && k + 1 < paragraphs.Count)
            {
                paragraphs[k] = paragraphs[k] + " " + paragraphs[k + 1];
                paragraphs.RemoveAt(k + 1);
            }
            return Read(m);
        }
        if (StoppedDateline().Match(paragraphs[0]) is { Success: true } stopped && IsPlace(stopped))
            return new Dateline(stopped.Groups["place"].Value, null);
        return null;
    }

    /// <summary>The dateline when the text is nothing but one ("WASHINGTON —", "KHAN YOUNIS, Gaza —"), else null.</summary>
    public static Dateline? IsAlone(string text)
    {
        var t = text.Trim();
        if (t.Length is 0 or > MaxAloneLength)
            return null;
        return Match(t) is { } m && m.Length == t.Length ? Read(m) : null;
    }

    private static Match? Match(string text)
    {
        if (DashedDateline().Match(text) is { Success: true } m && IsPlace(m))
            return m;
        // "Washington (CNN) —", "Hong Kong (CNN Business) —": a place in mixed case is a dateline only with the agency
        // or outlet code that follows it, printed as a code (upper case) or as a known agency ("(Reuters)").
        if (MixedCaseDateline().Match(text) is { Success: true } mixed
            && (mixed.Groups["code"].Value.Split(' ')[0].All(char.IsUpper) || NewsAgencies.Recognise(mixed.Groups["code"].Value) is not null))
            return mixed;
        return null;
    }

    private static Dateline Read(Match m) =>
        new(m.Groups["place"].Value.Trim().TrimEnd(','), m.Groups["code"].Success ? m.Groups["code"].Value : null);

    // Newsroom tags share a dateline's shape ("EDITOR'S NOTE —", "UPDATE —") but name no place.
    private static bool IsPlace(Match m) => !NotAPlace().IsMatch(m.Groups["place"].Value);

    // "MOSCOW (AP) —", "WASHINGTON —", "LOS ANGELES, Calif. (Reuters) -", "BERLIN (dpa) -"
    // The place keeps its region as printed ("NAPA COUNTY, Calif."); a single hyphen must stand apart, so
    // "MIAMI-DADE" stays one place. "LONDON, Jan 5 (Reuters) -" prints the date between place and agency.
    // A no-break space may stand on either side of the dash (HTML's "WASHINGTON&nbsp;—&nbsp;").
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}.][\p{Lu}\p{M} .'’-]{0,40}?(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*){0,3})?)(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?>\s*)(?:\((?<code>[\p{L}-]{2,20})\))?(?>\s*)(?:[—–]|--|-(?=\s|$))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DashedDateline();

    [GeneratedRegex(@"^(?<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?)\s*\((?<code>\p{Lu}{2,6}(?:\s\p{Lu}\p{Ll}+)?|\p{L}[\p{L}-]{1,19})\)\s*(?:[—–]|--|-(?=\s|$))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MixedCaseDateline();

    // "ERDEN. Wie von ...": an upper-case place ended by a full stop, then the story's first sentence.
    [GeneratedRegex(@"^(?<place>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex StoppedDateline();

    [GeneratedRegex(@"^(?:EDITOR|UPDATE|UPDATED|CORRECTION|BREAKING|WATCH|LIVE|VIDEO|PHOTOS?|OPINION|ANALYSIS|EXCLUSIVE|NOTE|FILE|ADVERTISEMENT)\b")]
    private static partial Regex NotAPlace();
}
