using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Finds the article body in a dump's lines: a one-dimensional take on jusText and Readability.
/// Each line gets a class (good prose, near-good, short, poor, or page furniture), near-good lines next to
/// good ones are promoted, each line gets a score (prose earns its length, furniture and boundaries cost),
/// and the contiguous run with the highest total is the body (maximum-sum segment). Short lines inside
/// the run (subheads, one-line quotes, code) are kept when prose stands on both sides of them.
/// </summary>
public static partial class TextDumpBody
{
    // jusText's thresholds, lowered a little because our stop-word lists are short.
    private const int ShortLength = 30;
    private const int GoodLength = 70;
    private const double GoodDensity = 0.22;
    private const double NearGoodDensity = 0.15;

    // What a line of each kind costs inside the body. Boundaries (section breaks, footers) cost most, so the
    // body does not run on into "Related" lists and comment threads.
    private const double FurnitureCost = 40;
    private const double CaptionCost = 10;
    private const double BylineCost = 120;
    private const double DateCost = 40;
    private const double TimeCost = 80;
    private const double SectionBreakCost = 300;
    private const double CopyrightCost = 400;
    private const double ShortCost = 8;
    private const double HeadingCost = 20;
    private const int LinkListRun = 6;
    private const int MaxCellRun = 12;
    private const double CellCost = 2;
    private const int MaxTailGap = 4;
    // A section break after this share of the run's prose ends the article.
    private const double TerminalBreakShare = 0.6;
    private const double LinkListCost = 8;
    // Prose earns its length up to here, half beyond: one giant teaser blurb must not outweigh an article.
    private const int FullValueLength = 500;
    // An inline "Related"/"Read more" box holds a few teaser titles; a long paragraph after it is the article going on.
    private const int MaxBoxTeasers = 5;
    private const int ContinuationLength = 200;

    public enum Quality
    {
        Bad,
        Poor,
        Short,
        NearGood,
        Good,
    }

    public sealed record Body(int Start, int End, IReadOnlyList<int> Kept);

    public static Quality Rate(DumpLine line)
    {
        if (line.Kind != LineKind.Text || line.Words == 0 && !HasDigit(line.Text))
            return Quality.Bad; // furniture, or a rule like "—-" or "***"
        if (line.Occurrences > 1 && line.Length > 20)
            return Quality.Bad; // teaser blurbs and menus repeat; article paragraphs do not
        if (line.Length < ShortLength)
            return Quality.Short;
        // Title Case without a full stop is a headline, in the article or (more often) in a teaser list; teaser
        // titles end in "!", "?" or a cut-off "…" as often as in nothing.
        if (line.CapitalShare >= 0.75 && !EndsWithFullStop(line.Text) && line.Words <= 20)
            return Quality.Short;
        var density = line.StopWordDensity;
        if (line.Length >= GoodLength && density >= GoodDensity && (line.EndsSentence || line.Length >= 150))
            return Quality.Good;
        if (density >= NearGoodDensity || line.EndsSentence)
            return Quality.NearGood;
        return Quality.Poor;
    }

    public static Body? Find(IReadOnlyList<DumpLine> lines)
    {
        var n = lines.Count;
        if (n == 0)
            return null;
        var quality = new Quality[n];
        for (var i = 0; i < n; i++)
            quality[i] = Rate(lines[i]);
        // "4 minutes" / "5 minutes" / "6 minutes": times in a column are the cells of a table or an options list;
        // a teaser list puts its "2h ago" or "3:45" beside each title, never two in a row.
        for (var i = 0; i < n; i++)
            if (lines[i].Kind is LineKind.Duration or LineKind.RelativeTime
                && (i > 0 && lines[i - 1].Kind == lines[i].Kind || i + 1 < n && lines[i + 1].Kind == lines[i].Kind))
                quality[i] = Quality.Short;
        MarkRankedLists(lines, quality);
        MarkOrderedLists(lines, quality);
        MarkCutOffTeasers(lines, quality);
        MarkBlurbsOverReadMore(lines, quality);
        MarkCommentThreads(lines, quality);
        // "Release Date:" above a date line, "Written by:" above a byline: labels of the metadata, not subheads.
        for (var i = 0; i + 1 < n; i++)
            if (quality[i] == Quality.Short && lines[i].Text.EndsWith(':') && lines[i + 1].Kind is LineKind.Date or LineKind.Byline)
                quality[i] = Quality.Bad;

        // Near-good lines next to good prose are prose too (jusText's context pass).
        for (var i = 0; i < n; i++)
        {
            if (quality[i] != Quality.NearGood)
                continue;
            var prev = Neighbour(lines, quality, i, -1);
            var next = Neighbour(lines, quality, i, +1);
            if (prev == Quality.Good || next == Quality.Good)
                quality[i] = Quality.Good;
        }
        // Isolated prose between furniture is a teaser blurb more often than an article paragraph.
        var value = new double[n];
        for (var i = 0; i < n; i++)
            value[i] = Value(lines[i], quality[i]);
        // A run of short lines is a link list (menu, "more stories"); one short line between paragraphs is a subhead.
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && quality[j] is not (Quality.Good or Quality.NearGood))
                j++;
            // A few short lines between prose on both sides, with no date or byline among them, are the cells of a
            // table or an options list ("Default" / "On" / "Off" under each setting's description) or a code
            // listing when they hold figures, code or values the table repeats: they cost little.
            if (i > 0 && j < n && j - i <= MaxCellRun && !HasMetadata(lines, i, j))
            {
                for (var k = i; k < j; k++)
                    if (quality[k] == Quality.Short && value[k] == -ShortCost && IsCell(lines[k]))
                        value[k] = -CellCost;
            }
            else if (j - i >= LinkListRun)
                for (var k = i; k < j; k++)
                    if (quality[k] is Quality.Short or Quality.Poor)
                        value[k] = Math.Min(value[k], -LinkListCost);
            i = j == i ? i + 1 : j;
        }
        for (var i = 0; i < n; i++)
        {
            if (quality[i] != Quality.Good)
                continue;
            var prev = Neighbour(lines, quality, i, -1);
            var next = Neighbour(lines, quality, i, +1);
            if (prev is Quality.Bad or Quality.Poor && next is Quality.Bad or Quality.Poor)
                value[i] *= 0.5;
        }

        var (bestStart, bestEnd) = MaxSegment(value);
        int[]? copies = null;
        // A table of contents above the story repeats its subheads: those lines are links within the article,
        // not teasers, and should not cut the introduction off. Price them as short lines and sum again.
        if (bestStart >= 0)
        {
            copies = OtherCopies(lines);
            var toc = false;
            // The first subhead can sit right above where the sum began.
            for (var i = 0; i < bestStart; i++)
                if (copies[i] > i && copies[i] >= bestStart - 1 && copies[i] <= bestEnd && quality[i] == Quality.Bad && lines[i].Kind == LineKind.Text)
                {
                    value[i] = -ShortCost;
                    if (copies[i] < bestStart)
                        value[copies[i]] = -ShortCost;
                    toc = true;
                }
            if (toc)
                (bestStart, bestEnd) = MaxSegment(value);
        }
        if (bestStart < 0)
            return null;

        // The sum can stop just short of a final code line or a short closing paragraph that scores below
        // the short lines before it; take those in as long as no furniture comes first.
        bestEnd = ExtendTail(quality, bestEnd);

        // The article can go on after an inline "Related" box that the sum stopped at.
        while (bestEnd + 1 < n && lines[bestEnd + 1].Kind == LineKind.SectionBreak && ContinuationAfterBox(lines, quality, bestEnd + 1) is var next and >= 0)
        {
            bestEnd = ExtendTail(quality, next);
        }

        // A "Related"/"Comments" heading inside the run: near the end it ends the article, unless a long
        // paragraph follows its few teaser titles; earlier it is an aside box, whose teaser titles are skipped
        // up to the next real paragraph.
        var total = 0.0;
        for (var i = bestStart; i <= bestEnd; i++)
            total += quality[i] == Quality.Good ? lines[i].Length : 0;
        var before = 0.0;
        var inAside = false;
        var inAuthorBox = false;
        // An inline link sits between paragraphs; the story's closing line ("We will see!") may stand beside the footer.
        var lastProse = bestEnd;
        while (lastProse > bestStart && quality[lastProse] != Quality.Good)
            lastProse--;
        var kept = new List<int>();
        int? lastGood = null;
        var pending = new List<int>();
        for (var i = bestStart; i <= bestEnd; i++)
        {
            var q = quality[i];
            // The footer's rights notice: whatever the dump prints after it (a cookie dialog, a hidden menu or
            // popup) is not the article, however long. A photo's "Image copyright Reuters" reserves nothing.
            if (lines[i].Kind == LineKind.Copyright && before > 0 && IsRightsNotice(lines[i].Text))
                break;
            if (lines[i].Kind == LineKind.SectionBreak)
            {
                if (before >= TerminalBreakShare * total && ContinuationAfterBox(lines, quality, i) < 0)
                    break;
                inAside = true;
                inAuthorBox = AuthorBoxHeading().IsMatch(lines[i].Text);
            }
            if (q == Quality.Good)
            {
                before += lines[i].Length;
                // "About the author" heads the writer's bio, a paragraph of prose that is not the story.
                if (inAuthorBox)
                {
                    inAuthorBox = false;
                    continue;
                }
                inAside = false;
            }
            if (inAside)
                continue;
            // Judged on the line's own rating: the paragraphs around an inline link promote it to good.
            if (kept.Count > 0 && i < lastProse && q != Quality.Bad && Rate(lines[i]) == Quality.NearGood && IsInlineLink(lines, i))
                continue;
            if (q == Quality.Good || q == Quality.NearGood)
            {
                // Short lines between two prose lines: subheads, short quotes, code.
                if (lastGood is not null)
                    kept.AddRange(pending);
                pending.Clear();
                kept.Add(i);
                lastGood = i;
            }
            else if (q is Quality.Short or Quality.Poor || IsRepeatedWithin(lines, i, bestStart, bestEnd, ref copies))
                pending.Add(i);
            else if (lines[i].Kind is LineKind.SectionBreak or LineKind.Copyright or LineKind.Byline)
                pending.Clear();
        }
        DropTrailingTitles(lines, kept);
        return kept.Count == 0 ? null : new Body(bestStart, bestEnd, kept);
    }

    /// <summary>
    /// "Loi sur le renseignement : comment vont voter les députés ?" / "Pourquoi la loi … cristallise les critiques":
    /// titles of other stories under the last paragraph, which no full stop ends. The story ends with a sentence.
    /// A closing question or exclamation ("Will the council listen this time?" / "We'll see!") is the story's own: the
    /// run must hold a line that ends with no punctuation at all, and it never takes more than half of what was kept.
    /// </summary>
    private static void DropTrailingTitles(IReadOnlyList<DumpLine> lines, List<int> kept)
    {
        var keep = kept.Count;
        var unpunctuated = false;
        while (keep > 1 && IsLinkTitle(lines[kept[keep - 1]]))
        {
            unpunctuated |= !lines[kept[keep - 1]].EndsSentence;
            keep--;
        }
        if (kept.Count - keep >= MinTrailingTitles && unpunctuated && keep * 2 >= kept.Count)
            kept.RemoveRange(keep, kept.Count - keep);
    }

    private const int MinTrailingTitles = 2;

    // Capitalised, short, no full stop; not a command ("poetry install"), code or figures ("File \"a.py\", line 6",
    // "Bug 1678390 – …"), or a line that introduces what follows ("…, use:").
    private static bool IsLinkTitle(DumpLine line)
    {
        var t = line.Text.AsSpan().Trim();
        return t.Length is > 0 and < MaxInlineLinkLength && !char.IsLower(t[0]) && t[^1] != ':' && !EndsWithFullStop(line.Text)
            && t.IndexOfAny(CodeOrFigureChars) < 0;
    }

    /// <summary>
    /// "Keep Reading" / "The latest on artificial intelligence, from …" / paragraph: a link to another page set between
    /// the paragraphs, beside an ad slot or a link label. It reads like prose but never ends like a sentence.
    /// </summary>
    private static bool IsInlineLink(IReadOnlyList<DumpLine> lines, int i) =>
        IsLinkTitle(lines[i]) && char.IsUpper(lines[i].Text.AsSpan().TrimStart()[0]) && (IsLinkLabel(lines, i - 1) || IsLinkLabel(lines, i + 1));

    // "Advertisement", "Keep Reading": a short label of the page's own, not a longer line the furniture patterns caught.
    private static bool IsLinkLabel(IReadOnlyList<DumpLine> lines, int i) =>
        i >= 0 && i < lines.Count && lines[i].Kind == LineKind.Furniture && lines[i].Length <= 30;

    private static readonly System.Buffers.SearchValues<char> CodeOrFigureChars = System.Buffers.SearchValues.Create("0123456789=<>{}[]#;_\\");

    private const int MaxInlineLinkLength = 100;

    /// <summary>
    /// "1" / title / "2" / title / "3" / title: a most-read or most-shared ranking, each rank on a line of its own
    /// above one teaser title. Numbered steps of a recipe or a how-to are sentences and are left alone.
    /// </summary>
    private static void MarkRankedLists(IReadOnlyList<DumpLine> lines, Quality[] quality)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Rank(lines[i]) != 1)
                continue;
            var end = i;
            var titles = 0;
            var sentences = 0;
            while (end + 2 < lines.Count && Rank(lines[end + 2]) == Rank(lines[end]) + 1)
                end += 2;
            for (var k = i + 1; k <= end + 1 && k < lines.Count; k += 2, titles++)
                if (EndsWithFullStop(lines[k].Text))
                    sentences++;
            if (titles < MinRankedItems || sentences * 2 >= titles)
                continue;
            for (var k = i; k <= end + 1 && k < lines.Count; k++)
                quality[k] = Quality.Bad;
            i = end + 1;
        }
    }

    private const int MinRankedItems = 3;
    private const int MinStoryListItems = 11;

    /// <summary>
    /// "Here's the full list:" / "1. Robert Plant" / "2. Rob Halford" / …: a numbered list that the story's prose
    /// introduces is the story's own, however short its items. A ranking of teasers sits under a heading instead.
    /// </summary>
    private static void MarkOrderedLists(IReadOnlyList<DumpLine> lines, Quality[] quality)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (ItemNumber(lines[i]) != 1 || !(quality[i - 1] is Quality.Good or Quality.NearGood || lines[i - 1].Text.TrimEnd().EndsWith(':')))
                continue;
            var end = i;
            while (end + 1 < lines.Count && ItemNumber(lines[end + 1]) == ItemNumber(lines[end]) + 1)
                end++;
            // A short ranking can sit right under the last paragraph with its heading lost; a list that long, or one
            // that a colon announces, is the story's.
            if (end - i + 1 < (lines[i - 1].Text.TrimEnd().EndsWith(':') ? MinRankedItems : MinStoryListItems))
                continue;
            for (var k = i; k <= end; k++)
                if (quality[k] is Quality.Short or Quality.Poor)
                    quality[k] = Quality.NearGood;
            i = end;
        }
    }

    // "1. Robert Plant", "02) Rob Halford": the item's number; 0 for any other line.
    private static int ItemNumber(DumpLine line)
    {
        var t = line.Text.AsSpan().TrimStart();
        var digits = 0;
        while (digits < t.Length && digits < 4 && char.IsAsciiDigit(t[digits]))
            digits++;
        if (line.Kind != LineKind.Text || digits is 0 or > 3 || digits + 2 > t.Length || t[digits] is not ('.' or ')') || t[digits + 1] != ' ')
            return 0;
        return int.Parse(t[..digits], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// "Armanox June 28, 2015 at 10:25 pm" / comment / "Leo July 23, 2015 at 3:20 pm" / comment: readers' comments,
    /// each under a stamp with its time of day, after the story. A long thread outweighs a short story, so its prose
    /// counts as poor. A story that is itself a series of stamped entries (a live blog) has no story above them.
    /// </summary>
    private static void MarkCommentThreads(IReadOnlyList<DumpLine> lines, Quality[] quality)
    {
        var stamps = new List<int>();
        for (var i = 0; i + 1 < lines.Count; i++)
            if (lines[i].Kind == LineKind.Date && lines[i].Date?.TimeOfDay is not null && IsSignedStamp(lines[i].Text) && IsComment(lines, quality, i + 1))
                stamps.Add(i);
        // The good prose above each cluster, summed as the clusters are met (a page of stamps must not rescan from the top).
        int storyAbove = 0, summed = 0;
        for (var s = 0; s < stamps.Count;)
        {
            for (; summed < stamps[s]; summed++)
                storyAbove += quality[summed] == Quality.Good ? lines[summed].Length : 0;
            var e = s;
            while (e + 1 < stamps.Count && stamps[e + 1] - stamps[e] <= MaxCommentLines + 1)
                e++;
            if (e - s + 1 >= MinThreadStamps && storyAbove >= MinStoryAboveThread)
            {
                var end = stamps[e];
                while (end + 1 < lines.Count && end - stamps[e] < MaxCommentLines && IsComment(lines, quality, end + 1))
                    end++;
                for (var k = stamps[s]; k <= end; k++)
                    if (quality[k] is Quality.Good or Quality.NearGood or Quality.Short)
                        quality[k] = Quality.Poor;
            }
            s = e + 1;
        }
    }

    /// <summary>
    /// "Armanox June 28, 2015 at 10:25 pm", "peiman 21/09/2015 23:16": a reader's name, then the date. Labels
    /// ("Updated", "asked", "Posted on"), weekdays and a month that opens the date are not names.
    /// </summary>
    private static bool IsSignedStamp(string text)
    {
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit <= 0 || !char.IsLetter(text[0]) || PrintedDates.HasDateLabel(text))
            return false;
        var words = text[..digit].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var name = 0;
        while (name < words.Length && !PrintedDates.IsMonthName(words[name]))
            name++;
        if (name is 0 or > 3)
            return false;
        for (var k = 0; k < name; k++)
            if (NotAName(words[k]))
                return false;
        return true;
    }

    private static bool NotAName(string word)
    {
        var w = word.TrimEnd(',', '.', ':', '|', '-', '–', '—');
        return w.Length == 0 || StampWords.Contains(w) || StopWords.IsStopWordInAnyLanguage(w);
    }

    // Weekdays and the verbs of a Q&A page's stamps ("asked", "answered"): the stamp belongs to the page's own posts.
    private static readonly HashSet<string> StampWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "asked", "answered", "edited", "modified", "created", "commented", "replied", "last", "today", "yesterday",
    };

    private const int MinThreadStamps = 3;
    private const int MaxCommentLines = 8;
    private const int MinStoryAboveThread = 300;

    private static bool IsComment(IReadOnlyList<DumpLine> lines, Quality[] quality, int i) =>
        quality[i] is Quality.Good or Quality.NearGood || quality[i] == Quality.Short && lines[i].Kind == LineKind.Text && lines[i].Words > 0;

    /// <summary>
    /// "… as opposed to macropolitics …   Wiktionary", "… studied journalism in... Read more": a blurb cut off
    /// mid-sentence, then its source, date or link. Two or more on a page are a list of excerpts from elsewhere.
    /// </summary>
    private static void MarkCutOffTeasers(IReadOnlyList<DumpLine> lines, Quality[] quality)
    {
        List<int>? cut = null;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && lines[i].Length >= 60 && IsCutOff(lines[i].Text))
                (cut ??= []).Add(i);
        if (cut is not { Count: >= 2 })
            return;
        foreach (var i in cut)
            quality[i] = Quality.Poor;
    }

    /// <summary>
    /// "… rigid stratifications or… …   The Deleuze dictionary": the last ellipsis comes after some text, and what
    /// follows it is a source, a date or a link of a few words that ends no sentence. Read from the end, without a regex:
    /// lines of ellipses would make one backtrack for minutes.
    /// </summary>
    private static bool IsCutOff(string text)
    {
        var t = text.AsSpan().TrimEnd();
        var ellipsis = Math.Max(t.LastIndexOf('…'), t.LastIndexOf("...") is var dots and >= 0 ? dots + 2 : -1);
        if (ellipsis < MinTextBeforeCut)
            return false;
        var tail = t[(ellipsis + 1)..].TrimStart(" \t…|.");
        if (tail.IsEmpty || tail[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')')
            return false;
        var words = 1;
        foreach (var c in tail)
            if (c == ' ' && ++words > MaxSourceWords)
                return false;
        return true;
    }

    private const int MinTextBeforeCut = 20;
    private const int MaxSourceWords = 5;

    /// <summary>
    /// A blurb followed by "Read the rest" or "Continue reading", when the page prints that link three times or
    /// more: a list of other stories, each with its opening paragraph.
    /// </summary>
    private static void MarkBlurbsOverReadMore(IReadOnlyList<DumpLine> lines, Quality[] quality)
    {
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].Occurrences >= 3 && lines[i].Length <= 30 && quality[i - 1] is Quality.Good or Quality.NearGood && ReadMoreLink().IsMatch(lines[i].Text))
                quality[i - 1] = Quality.Poor;
    }

    // A rank alone on its line: "1", "2." ; 0 for anything else.
    private static int Rank(DumpLine line)
    {
        var t = line.Text.AsSpan().Trim().TrimEnd('.');
        return t.Length is > 0 and <= 2 && int.TryParse(t, System.Globalization.NumberStyles.None, null, out var rank) ? rank : 0;
    }

    /// <summary>The contiguous run of lines with the highest total value (Kadane); (-1, -1) when no total is positive.</summary>
    private static (int Start, int End) MaxSegment(double[] value)
    {
        double best = 0, run = 0;
        int bestStart = -1, bestEnd = -1, runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (run <= 0)
            {
                run = 0;
                runStart = i;
            }
            run += value[i];
            if (run > best)
            {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return (bestStart, bestEnd);
    }

    /// <summary>The first paragraph after the section break at <paramref name="i"/> and its few teaser titles, or -1 when none follows.</summary>
    private static int ContinuationAfterBox(IReadOnlyList<DumpLine> lines, Quality[] quality, int i)
    {
        // A heading the page prints again and again ("Read More" under every teaser) marks a list, not an aside in the story.
        if (lines[i].Occurrences >= 3)
            return -1;
        var j = i + 1;
        // A teaser title can have been promoted to Good by the paragraph after it: below paragraph length it is still a title.
        while (j < lines.Count && j - i <= MaxBoxTeasers
            && (quality[j] is Quality.Short or Quality.Poor or Quality.NearGood || quality[j] == Quality.Good && lines[j].Length < ContinuationLength))
            j++;
        return j < lines.Count && quality[j] == Quality.Good && lines[j].Length >= ContinuationLength ? j : -1;
    }

    /// <summary>The last good line after <paramref name="end"/> reached before furniture or too long a gap of weak lines.</summary>
    private static int ExtendTail(Quality[] quality, int end)
    {
        for (int i = end + 1, pendingCount = 0; i < quality.Length && pendingCount <= MaxTailGap; i++)
        {
            if (quality[i] == Quality.Bad)
                break;
            if (quality[i] is Quality.Good or Quality.NearGood)
            {
                end = i;
                pendingCount = 0;
            }
            else
                pendingCount++;
        }
        return end;
    }

    /// <summary>
    /// A line printed twice that is the article's own: a pull quote or an answer (a sentence), or a line of a
    /// code listing or table printed twice inside the body (its neighbour repeats with it). Teaser titles and
    /// menus repeat more often, or alone.
    /// </summary>
    private static bool IsRepeatedWithin(IReadOnlyList<DumpLine> lines, int i, int start, int end, ref int[]? copies)
    {
        var line = lines[i];
        if (line.Kind != LineKind.Text || line.Occurrences != 2 || line.Words == 0)
            return false;
        if (line.EndsSentence && line.Length >= 60)
            return true;
        copies ??= OtherCopies(lines);
        var j = copies[i];
        return j >= start && j <= end && (SameText(lines, i - 1, j - 1) || SameText(lines, i + 1, j + 1));
    }

    /// <summary>For each line printed exactly twice, the index of its other copy; -1 for the rest.</summary>
    private static int[] OtherCopies(IReadOnlyList<DumpLine> lines)
    {
        var copies = new int[lines.Count];
        Array.Fill(copies, -1);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Occurrences != 2)
                continue;
            if (first.Remove(lines[i].Text, out var j))
            {
                copies[i] = j;
                copies[j] = i;
            }
            else
                first[lines[i].Text] = i;
        }
        return copies;
    }

    // "On", "Off", "12 g", "x = len(y)": a value the table repeats, a figure, or code.
    private static bool IsCell(DumpLine line) =>
        line.Occurrences > 1 || line.Text.AsSpan().IndexOfAny(CellChars) >= 0;

    private static readonly System.Buffers.SearchValues<char> CellChars = System.Buffers.SearchValues.Create("0123456789=(){}[]<>#;_\\");

    // Teasers carry a date, a time or a byline each; the cells of a table do not.
    private static bool HasMetadata(IReadOnlyList<DumpLine> lines, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (lines[k].Kind is LineKind.Date or LineKind.Byline or LineKind.RelativeTime or LineKind.SectionBreak or LineKind.Copyright)
                return true;
        return false;
    }

    private static bool IsRightsNotice(string text) =>
        text.Contains("reserv", StringComparison.OrdinalIgnoreCase) || text.Contains("réserv", StringComparison.OrdinalIgnoreCase)
        || text.Contains("riservat", StringComparison.OrdinalIgnoreCase) || text.Contains("vorbehalten", StringComparison.OrdinalIgnoreCase);

    private static bool SameText(IReadOnlyList<DumpLine> lines, int i, int j) =>
        i >= 0 && j >= 0 && i < lines.Count && j < lines.Count && lines[i].Text == lines[j].Text;

    private static bool EndsWithFullStop(string text)
    {
        var s = text.AsSpan().TrimEnd().TrimEnd("\"'”’»)」』");
        return s.Length > 0 && (s[^1] == '.' && !s.EndsWith("...") || s[^1] == '。');
    }

    private static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);

    // "—-", "***", "* * *": a separator line says nothing about its context.
    private static bool IsRule(DumpLine line) => line.Words == 0 && !HasDigit(line.Text);

    // The nearest line that says something about the context: short lines and rules ("—-", "***") are skipped.
    private static Quality Neighbour(IReadOnlyList<DumpLine> lines, Quality[] quality, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < quality.Length; j += step)
            if (quality[j] != Quality.Short && !IsRule(lines[j]))
                return quality[j];
        return Quality.Bad;
    }

    private static double Value(DumpLine line, Quality q) => q switch
    {
        Quality.Good => line.Length <= FullValueLength ? line.Length : FullValueLength + Math.Min(line.Length - FullValueLength, 3000) * 0.5,
        Quality.NearGood => line.Length * 0.2,
        Quality.Short => line.CapitalShare >= 0.75 && line.Words >= 3 ? -HeadingCost : -ShortCost,
        Quality.Poor => -Math.Min(line.Length * 0.3, 60),
        _ => line.Kind switch
        {
            LineKind.Furniture => -FurnitureCost,
            LineKind.Caption => -CaptionCost,
            LineKind.Byline => -BylineCost,
            LineKind.Date => -DateCost,
            LineKind.RelativeTime or LineKind.Duration => -TimeCost,
            LineKind.SectionBreak => -SectionBreakCost,
            LineKind.Copyright => -CopyrightCost,
            _ => -Math.Min(Math.Max(line.Length, 40), 200), // repeated text
        },
    };

    [GeneratedRegex(@"^(?:" + LineFeatures.AuthorBoxHeadings + @")\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBoxHeading();

    [GeneratedRegex(@"^\W*(?:read (?:the )?(?:rest|more|full (?:story|article))|continue reading|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|seguir leyendo|leggi (?:tutto|di più)|lees meer|read article|full story)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMoreLink();
}
