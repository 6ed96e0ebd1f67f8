using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Extracts the article from a scraper's plain-text page dump (visible text, one block per line).
/// The body comes from <see cref="TextDumpBody"/>; headline, byline, dates and captions are looked for
/// around where the body starts, because that is where every layout puts them.
/// </summary>
public static partial class TextDumpExtractor
{
    // Bounds that keep hostile input cheap: beyond these a dump is not an article page anyway.
    private const int MaxLines = 20_000;
    private const int MaxLineLength = 50_000;
    // How far above the body the headline, byline and dates may sit (menus can be long, but these are close).
    private const int MetaWindow = 30;

    public static ExtractionResult Extract(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ExtractionResult.Fail("The text dump is empty.");

        var (header, lines) = ReadLines(text);
        if (lines.Count == 0)
            return ExtractionResult.Fail("The text dump has no text lines.");

        var language = LineFeatures.DetectLanguage(lines);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
            counts[line.Text] = counts.GetValueOrDefault(line.Text) + 1;
        foreach (var line in lines)
        {
            line.Occurrences = counts[line.Text];
            LineFeatures.Compute(line, language, header?.Date);
        }

        if (TextDumpBody.Find(lines) is not { } body)
            return ExtractionResult.Fail("No article body found: the dump has no run of prose lines.");

        var start = body.Kept[0];
        var end = body.Kept[^1];
        int headlineIndex;
        string? headline;
        if (header?.Headline is { } printed)
        {
            headline = printed;
            headlineIndex = FindLine(lines, printed, start);
        }
        else
            headline = FindHeadline(lines, start, out headlineIndex);
        var paragraphs = new List<string>();
        var captions = new List<string>();
        if (FindStandfirst(lines, start, headlineIndex) is { } standfirst)
        {
            paragraphs.Add(lines[standfirst].Text);
            start = standfirst;
        }
        foreach (var i in body.Kept)
            paragraphs.Add(lines[i].Text);
        for (var i = Math.Max(0, start - MetaWindow); i <= Math.Min(lines.Count - 1, end); i++)
            if (lines[i].Kind == LineKind.Caption)
                captions.Add(lines[i].Text);

        var byline = FindByline(lines, start, end, headlineIndex);
        DropAuthorBio(paragraphs, byline);
        // The dateline may stand on a line of its own right above the story.
        var bodyStart = body.Kept[0];
        var dateline = Datelines.Find(paragraphs, bodyStart > 0 ? lines[bodyStart - 1].Text : null, paragraphs.IndexOf(lines[bodyStart].Text));
        var agency = byline?.Agency;
        if (agency is null && dateline?.AgencyCode is { } datelineCode)
            agency = NewsAgencies.Recognise(datelineCode);
        var (published, updated) = FindDates(lines, start, end, headlineIndex, header?.Date, language);
        published ??= PrintedDates.StoryOpeningDate(paragraphs);
        byline ??= FindNameLine(lines, start, end, headlineIndex);
        byline ??= FooterCredit(lines, end);
        byline = WithFullName(lines, byline);
        var bodyLanguage = StopWords.DetectByScript(paragraphs) ?? StopWords.Detect(string.Join('\n', paragraphs)) ?? language;

        return ExtractionResult.Ok(new ExtractedArticle
        {
            Format = PageFormat.Text,
            Headline = headline,
            Authors = byline?.Authors ?? [],
            Agency = agency,
            Dateline = dateline?.Place,
            DatelineAgencyCode = dateline?.AgencyCode,
            Published = published,
            Updated = updated,
            Paragraphs = paragraphs,
            Captions = captions,
            Site = FindSite(lines),
            Language = bodyLanguage,
        });
    }

    private sealed record Header(PrintedTime? Date, string? Headline);

    private static (Header? Header, List<DumpLine> Lines) ReadLines(string text)
    {
        Header? header = null;
        var lines = new List<DumpLine>();
        var first = true;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            if (lines.Count >= MaxLines)
                break;
            var span = raw.Length > MaxLineLength ? raw[..MaxLineLength] : raw;
            if (first)
            {
                first = false;
                // The scraper's own header: " date 2025-07-03 <headline>".
                var m = HeaderLine().Match(span.ToString());
                if (m.Success)
                {
                    PrintedTime.TryParseIso(m.Groups["date"].Value, out var date);
                    var headline = m.Groups["headline"].Value.Trim();
                    header = new Header(date, headline.Length > 0 ? headline : null);
                    continue;
                }
            }
            var trimmed = Clean(span);
            if (trimmed.Length == 0)
                continue;
            // "Von" / "Robert": a byline split over two lines becomes one.
            if (lines.Count > 0 && trimmed.Length <= 60 && Bylines.IsBareMarker(lines[^1].Text))
                lines[^1] = new DumpLine(lines.Count - 1, lines[^1].Text + " " + trimmed);
            else
                lines.Add(new DumpLine(lines.Count, trimmed));
        }
        return (header, lines);
    }

    private static string Clean(ReadOnlySpan<char> span)
    {
        var s = span.Trim();
        if (s.IsEmpty)
            return "";
        var text = s.ToString();
        if (text.Contains('\u00A0') || text.Contains('\t') || text.Contains("  ", StringComparison.Ordinal))
            text = Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();
        return text;
    }

    private static Bylines.Byline? FindByline(List<DumpLine> lines, int start, int end, int headlineIndex)
    {
        // Nearest to where the body starts: the byline sits just above it, or below a standfirst and photo
        // that the body finder took in. Lines above the body win a tie. A "Related" box between the headline
        // and the body credits its own teasers.
        var best = -1;
        var bestDistance = int.MaxValue;
        var boxStart = BoxBelowHeadline(lines, headlineIndex, start);
        for (var i = Math.Max(0, start - MetaWindow); i <= Math.Min(lines.Count - 1, Math.Min(end, start + 12)); i++)
        {
            if (i > boxStart && i < start || Credit(lines, i) is not { } b || b.Authors.Count == 0)
                continue;
            var distance = i < start ? start - i : 2 * (i - start);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            return WithCoAuthor(lines, best);
        // Wire stories often repeat "Name, Agency" after the last paragraph.
        for (var i = end + 1; i < Math.Min(lines.Count, end + 4); i++)
            if (Credit(lines, i) is { } b && b.Authors.Count > 0)
                return b;
        for (var i = Math.Min(lines.Count - 1, start + 2); i >= Math.Max(0, start - MetaWindow); i--)
            if (!(i > boxStart && i < start) && Credit(lines, i) is { } b)
                return b;
        // The body finder may have started far from the byline (a long menu, a gallery in between): a line
        // that opens with a byline marker ("By Jane Doe", "Author: Jane") is trusted anywhere above the body's end.
        for (var i = 0; i <= Math.Min(lines.Count - 1, end); i++)
            if (!(i > boxStart && i < start) && Credit(lines, i) is { Authors.Count: > 0 } b && lines[i].Occurrences == 1
                && Bylines.OpensWithMarker(lines[i].Text))
                return b;
        return null;
    }

    /// <summary>The byline a line holds, unless it is one entry of a list of labels (<see cref="Bylines.IsMenuEntry"/>).</summary>
    private static Bylines.Byline? Credit(List<DumpLine> lines, int i)
    {
        if (lines[i].Kind != LineKind.Byline || lines[i].Byline is not { } byline)
            return null;
        return Bylines.IsMenuEntry(byline, lines, i, static l => l.Text, static l => l.Words) ? null : byline;
    }

    // The first teaser title under a section break ("Related", "Sur le même sujet") between the headline and the
    // body, or int.MaxValue. A "Comments" count in the share bar heads no teasers.
    private static int BoxBelowHeadline(List<DumpLine> lines, int headlineIndex, int start)
    {
        var sectionBreak = false;
        for (var i = headlineIndex + 1; headlineIndex >= 0 && i < start; i++)
        {
            if (lines[i].Kind == LineKind.SectionBreak)
                sectionBreak = true;
            else if (sectionBreak && lines[i].Kind == LineKind.Text && lines[i].Words >= 3)
                return i;
        }
        return int.MaxValue;
    }

    /// <summary>
    /// A personal site signs every page in its footer ("© 2009-2020 by Florian Sample"): with no byline
    /// anywhere, the owner named there wrote the post. Companies sign without "by" ("© 2020 Hearst").
    /// </summary>
    private static Bylines.Byline? FooterCredit(List<DumpLine> lines, int end)
    {
        for (var i = end + 1; i < lines.Count; i++)
            if (lines[i].Length <= 300 && lines[i].Text.Contains(" by ", StringComparison.Ordinal)
                && YearsByName().Match(lines[i].Text) is { Success: true } m
                && Bylines.Parse(m.Groups["name"].Value) is { Authors.Count: 1 } owner)
                return owner;
        return null;
    }

    /// <summary>"By David Brand" / "and" / "Ramsey Khalifeh": a second author linked in a separate element, one line each.</summary>
    private static Bylines.Byline WithCoAuthor(List<DumpLine> lines, int i)
    {
        var byline = lines[i].Byline!;
        if (i + 2 < lines.Count && lines[i + 1].Text is "and" or "&" or "und" or "et" or "y"
            && lines[i + 2].Length <= 40 && NameLine().IsMatch(lines[i + 2].Text)
            && Bylines.Parse(lines[i + 2].Text) is { Authors: [var second] } && !byline.Authors.Contains(second))
            return byline with { Authors = [.. byline.Authors, second] };
        return byline;
    }

    /// <summary>
    /// A byline that gives the first name only ("By Pamela") while the page prints the full name on a line of
    /// its own ("Pamela Anderson"): the printed full name.
    /// </summary>
    private static Bylines.Byline? WithFullName(List<DumpLine> lines, Bylines.Byline? byline)
    {
        if (byline is not { Authors: [var first] } || first.Contains(' '))
            return byline;
        return Bylines.FullNameOf(first, lines.Select(l => l.Text)) is { } full ? byline with { Authors = [full] } : byline;
    }

    /// <summary>
    /// Many layouts print the author's name alone on a line, without "By", next to the date or just above
    /// the body. A short line of two to four capitalised words there is taken as the author.
    /// </summary>
    private static Bylines.Byline? FindNameLine(List<DumpLine> lines, int start, int end, int headlineIndex)
    {
        var from = Math.Max(0, start - 15);
        // Past the body's end too: a paywalled page's body may be only the standfirst, with the byline under it.
        var to = Math.Min(lines.Count - 1, start + 8);
        Bylines.Byline? best = null;
        var bestDistance = int.MaxValue;
        var bestKnown = false;
        for (var i = from; i <= to; i++)
        {
            var line = lines[i];
            // "The Guardian 02/10/2020 Anna Fazackerley": source, date and author on one line.
            if (line.Kind == LineKind.Date && line.Length <= 80 && DateThenName().Match(line.Text) is { Success: true } dated
                && Bylines.Parse(dated.Groups["name"].Value) is { Authors.Count: 1 } named)
                return named;
            // "Jane Doe - Apr 16, 2015 8:02 pm UTC": the author, then the date, on one line; the first name is a known one.
            if (line.Kind == LineKind.Date && line.Length <= 80 && NameThenDate().Match(line.Text) is { Success: true } signed
                && Bylines.PersonNameWord(signed.Groups["name"].Value.Split(' ')[0]) == Bylines.NameWord.GivenName
                && PrintedDates.TryParse(signed.Groups["date"].Value, out _)
                && Bylines.Parse(signed.Groups["name"].Value) is { Authors.Count: 1 } signer)
                return signer;
            // "Jane Doe, Staff Attorney, ACLU" and "& John Roe, Director of ...": op-ed credits, one per line.
            if (line.Kind == LineKind.Text && line.Length <= 160 && PersonWithRole(lines, i) is { } credited && DateNear(lines, i + credited.Authors.Count - 1, 3))
                return credited;
            if (line.Occurrences > 3 || ParseNameLine(line, headlineIndex) is not { } parsed)
                continue;
            // "Ibtisam Mahdi, Ruwaida Kamal Amer": on a name line, every comma-separated name is an author.
            if (line.Text.Contains(", ", StringComparison.Ordinal) && Bylines.Parse(line.Text, commasSeparatePeople: true) is { Authors.Count: > 1 } list
                && list.Authors.Count == line.Text.Split(", ").Length && list.Authors.All(a => a.Split(' ').Length is >= 2 and <= 4 && NameLine().IsMatch(a)))
                parsed = list;
            // A title over the date ("Axios Future") has the same shape as a name: one whose first word is a
            // common given name beats one whose first word is not, however near the date.
            var known = Bylines.PersonNameWord(parsed.Authors[0].Split(' ')[0]) == Bylines.NameWord.GivenName;
            if (bestKnown && !known)
                continue;
            for (var j = Math.Max(0, i - 3); j <= Math.Min(lines.Count - 1, i + 3); j++)
            {
                var distance = Math.Abs(j - i);
                if (lines[j].Kind == LineKind.Date && (distance < bestDistance || known && !bestKnown))
                {
                    best = parsed;
                    bestDistance = distance;
                    bestKnown = known;
                }
            }
        }
        return best ?? NameNextToTitle(lines, start, headlineIndex);
    }

    private static bool IsNameList(DumpLine line)
    {
        if (line.StopWords > 0 || line.Length > 120 || !line.Text.Contains(", ", StringComparison.Ordinal))
            return false;
        var parts = line.Text.Split(", ");
        return parts.All(p => p.Split(' ').Length is >= 2 and <= 4 && NameLine().IsMatch(p));
    }

    /// <summary>A short name-shaped line that may be an author ("Jane Doe", "Ibtisam Mahdi, Ruwaida Kamal Amer"), or null.</summary>
    private static Bylines.Byline? ParseNameLine(DumpLine line, int headlineIndex)
    {
        if (line.Kind != LineKind.Text || line.Length > 60 || line.Index == headlineIndex)
            return null;
        // Function words are not names, except the few that are also first names ("Will Knight").
        if (line.StopWords > 1 || line.StopWords == 1 && !FirstNameStopWord().IsMatch(line.Text))
            return null;
        var parsed = Bylines.Parse(line.Text);
        if (parsed.Authors.Count != 1 || parsed.Authors[0].Split(' ').Length is < 2 or > 4 || !NameLine().IsMatch(parsed.Authors[0]))
            return null;
        return parsed;
    }

    /// <summary>
    /// With no date printed near it, a name alone on a line is the author when it sits right above or below a
    /// title-like line near the body's start ("Jane Doe" / "Eleven trips for the autumn") and all its words
    /// are in the person-name lists: a menu entry or section title rarely is.
    /// </summary>
    private static Bylines.Byline? NameNextToTitle(List<DumpLine> lines, int start, int headlineIndex)
    {
        for (var i = Math.Max(1, start - 30); i <= Math.Min(lines.Count - 2, start + 3); i++)
        {
            var line = lines[i];
            // Printed exactly as a name: no "Dr" stripped, no ALL-CAPS section title ("LABOUR MATTERS", "Golem Python API").
            if (line.Occurrences > 6 || ParseNameLine(line, -1) is not { Authors: [var name] } parsed || name != line.Text
                || name.Split(' ') is not { Length: 2 or 3 } words || words.Any(w => w.Length > 1 && w.All(char.IsUpper))
                || words.Any(w => StopWords.IsStopWordInAnyLanguage(w)))
                continue;
            // A courtesy title ("Mrs H Pyke") marks a person as well as a common given name does.
            var titled = Bylines.IsHonorificName(name);
            var first = titled ? Bylines.NameWord.GivenName : Bylines.PersonNameWord(words[0]);
            if (first == Bylines.NameWord.Unknown || !titled && words.Skip(1).Any(w => Bylines.PersonNameWord(w) == Bylines.NameWord.Unknown))
                continue;
            // The long list of first-or-last names holds many plain words ("Buy Now"): such a line must also repeat
            // (an author box) and touch the body's start or the headline.
            if (first != Bylines.NameWord.GivenName && (line.Occurrences < 2 || Math.Abs(i - start) > 1 && Math.Abs(i - headlineIndex) != 1))
                continue;
            if (IsTitleLike(lines[i - 1]) || IsTitleLike(lines[i + 1]) || Math.Abs(i - headlineIndex) == 1)
                return parsed;
        }
        return null;
    }

    private static bool IsTitleLike(DumpLine line) =>
        line.Kind == LineKind.Text && line.Words is >= 4 and <= 20 && !line.EndsSentence && line.Occurrences == 1;

    /// <summary>"Jane Doe, Staff Attorney, ACLU" and the lines after it that add "& John Roe, Director, ...": the people.</summary>
    private static Bylines.Byline? PersonWithRole(List<DumpLine> lines, int i)
    {
        var names = new List<string>();
        for (var k = i; k < Math.Min(lines.Count, i + 4); k++)
        {
            var m = RoleCredit().Match(lines[k].Text);
            if (!m.Success || (k > i) != m.Groups["and"].Success)
                break;
            names.Add(m.Groups["name"].Value);
        }
        return names.Count > 0 ? new Bylines.Byline(names, null) : null;
    }

    private static bool DateNear(List<DumpLine> lines, int i, int reach)
    {
        for (var j = Math.Max(0, i - reach); j <= Math.Min(lines.Count - 1, i + reach); j++)
            if (lines[j].Kind == LineKind.Date)
                return true;
        return false;
    }

    /// <summary>
    /// The author's bio ("Jane Doe is a senior writer ...") often follows the last paragraph with nothing
    /// between; it is about the writer, not the story.
    /// </summary>
    private static void DropAuthorBio(List<string> paragraphs, Bylines.Byline? byline)
    {
        if (paragraphs.Count < 3)
            return;
        // Without a byline, the bio's shape is enough: a name, then "is a ..."/"has worked ...", in the last lines.
        for (var k = paragraphs.Count - 1; k >= Math.Max(2, paragraphs.Count - 2); k--)
            if (paragraphs[k].Length < 500 && BioOpening().Match(paragraphs[k]) is { Success: true } bio
                && !StopWords.IsStopWordInAnyLanguage(bio.Groups["first"].ValueSpan))
            {
                paragraphs.RemoveRange(k, paragraphs.Count - k);
                return;
            }
        if (byline is null || byline.Authors.Count == 0)
            return;
        for (var k = paragraphs.Count - 1; k >= Math.Max(1, paragraphs.Count - 3); k--)
            if (IsBioOf(paragraphs[k], byline, firstNameWillDo: true))
            {
                paragraphs.RemoveRange(k, paragraphs.Count - k);
                return;
            }
        // Some layouts print the bio under the byline, above the story; there the full name must open it.
        if (IsBioOf(paragraphs[0], byline, firstNameWillDo: false))
            paragraphs.RemoveAt(0);
    }

    private static bool IsBioOf(string paragraph, Bylines.Byline byline, bool firstNameWillDo)
    {
        if (paragraph.Length >= MaxBioLength)
            return false;
        foreach (var author in byline.Authors)
        {
            var first = author.Split(' ')[0];
            if ((paragraph.StartsWith(author, StringComparison.OrdinalIgnoreCase) || firstNameWillDo && paragraph.StartsWith(first + " ", StringComparison.Ordinal))
                && BioVerb().IsMatch(paragraph.AsSpan(0, Math.Min(paragraph.Length, author.Length + 40))))
                return true;
        }
        return false;
    }

    // Bios run to a few sentences; a longer paragraph that opens with the writer's name is the story.
    private const int MaxBioLength = 1200;

    /// <summary>
    /// The publication date is the one printed with the headline: a line labelled "Published" wins, then the first
    /// date below the headline (the byline/date stack), then the nearest above it (layouts that print the date
    /// first). Dates further up are usually today's date in the page banner or a teaser's.
    /// </summary>
    private static (PrintedTime? Published, PrintedTime? Updated) FindDates(List<DumpLine> lines, int start, int end, int headlineIndex, PrintedTime? pageDate, string? language)
    {
        PrintedTime? labelledDate = null, below = null, above = null, updated = null;
        int labelledLine = -1, belowLine = -1, aboveLine = -1;
        var anchor = headlineIndex >= 0 ? headlineIndex : start;
        for (var i = WindowStart(lines, start); i < Math.Min(lines.Count, start + 12); i++)
        {
            var line = lines[i];
            if (line.Length > 160)
                continue;
            // "PUBLISHED: ... | UPDATED: ..." carries too many words to count as a date line, but says what it is;
            // so does "Updated 2 hours ago", read against the page's own date.
            var labelled = line.Kind == LineKind.Text && line.Length <= 120 && PrintedDates.OpensWithPublishedWord(line.Text)
                || line.Kind == LineKind.RelativeTime && pageDate is not null && (PrintedDates.PublishedWord(line.Text).Success || PrintedDates.UpdatedWord(line.Text).Success);
            if (line.Kind is not (LineKind.Date or LineKind.Byline) && !labelled)
                continue;
            var date = line.Date;
            if (date is null && (line.Kind != LineKind.Byline && !labelled || !PrintedDates.TryParse(line.Text, pageDate, out var d) || (date = d) is null))
                continue;
            // A date printed without its time, with the time on the next line ("Feb. 19, 2020" / "4 AM").
            if (date.Value.TimeOfDay is null && i + 1 < lines.Count && lines[i + 1].Length <= 12
                && PrintedDates.TryParse(line.Text + " " + lines[i + 1].Text, pageDate, out var joined) && joined.TimeOfDay is not null)
                date = joined;
            PrintedTime? published;
            var updatedWord = PrintedDates.UpdatedWord(line.Text);
            var publishedWord = PrintedDates.PublishedWord(line.Text);
            // "Last updated 04 Jun 2020, originally created 17 Jun 2019": each label owns the text up to the other.
            if (updatedWord.Success && publishedWord.Success && publishedWord.Index > updatedWord.Index
                && PrintedDates.TryParse(line.Text[updatedWord.Index..publishedWord.Index], pageDate, out var first)
                && PrintedDates.TryParse(line.Text[publishedWord.Index..], pageDate, out var second))
            {
                published = second;
                updated ??= first;
            }
            // "Published: Nov 8, 2023 | Updated: Nov 9, 2023": the part before the update word is the publication.
            else if (updatedWord is { Success: true, Index: > 0 }
                && PrintedDates.TryParse(line.Text[..updatedWord.Index], pageDate, out var before)
                && PrintedDates.TryParse(line.Text[updatedWord.Index..], pageDate, out var after))
            {
                published = before;
                updated ??= after;
            }
            else if (updatedWord.Success)
            {
                updated ??= date;
                continue;
            }
            else
                published = date;
            if (labelled || publishedWord.Success)
            {
                if (labelledDate is null)
                    (labelledDate, labelledLine) = (published, i);
            }
            else if (i > anchor)
            {
                if (below is null)
                    (below, belowLine) = (published, i);
            }
            // Far above the headline sits the banner's "Friday, April 29, 2022": today's date, not the story's.
            else if (headlineIndex < 0 || anchor - i <= 8)
                (above, aboveLine) = (published, i);
        }
        // A date above the headline is weaker evidence than the scraper's own page date: it is kept only when it
        // agrees (adding the time of day). A page that prints only "Updated ..." was published no later than
        // that; it is the best date there is.
        if (pageDate is { } page && above is { } a && a.Date != page.Date)
            above = null;
        var found = labelledDate ?? below ?? above ?? pageDate ?? updated;
        var foundLine = labelledDate is not null ? labelledLine : below is not null ? belowLine : above is not null ? aboveLine : -1;
        if (found is { } f && foundLine >= 0 && PrintedDates.HasAmbiguousSlashedDate(lines[foundLine].Text)
            && (PageIsDayFirst(lines) ?? language is not null and not "en"))
            found = PrintedDates.SwapDayAndMonth(f);
        return (found ?? FindDateAfterBody(lines, end, pageDate), updated);
    }

    /// <summary>
    /// "12/04/2020" reads either way; the page's other dates tell which ("14/04/2020 at 3:00 pm" under a comment).
    /// Only date lines are looked at, so this stays cheap. Null when none tells: then only English is month first
    /// (the rest of the world writes the day first).
    /// </summary>
    private static bool? PageIsDayFirst(List<DumpLine> lines)
    {
        foreach (var line in lines)
            if (line.Kind == LineKind.Date && PrintedDates.SlashedDayFirst(line.Text) is { } dayFirst)
                return dayFirst;
        return null;
    }

    /// <summary>
    /// Some layouts print the date in a block after the story: labelled ("Date 19.01.2020", "Created Jan 25,
    /// 2008") or in the author credit ("Written by Ana Smith on July 27, 2017", "Author: X am 29.12.2010").
    /// A bare date counts only right after the story, before any "Comments" / "Related" heading: further down
    /// bare dates belong to comments and teasers.
    /// </summary>
    private static PrintedTime? FindDateAfterBody(List<DumpLine> lines, int end, PrintedTime? pageDate)
    {
        var listsBegun = false;
        for (var i = end + 1; i < Math.Min(lines.Count, end + 80); i++)
        {
            var line = lines[i];
            listsBegun |= line.Kind == LineKind.SectionBreak;
            if (line.Length > 160)
                continue;
            var labelled = line.Kind == LineKind.Date && (PrintedDates.OpensWithDateLabel(line.Text) || i - end <= 6 && !listsBegun)
                || i - end <= 30 && (PrintedDates.PublishedWord(line.Text).Success || CreditWithDate().IsMatch(line.Text));
            if (labelled && (line.Date ?? (PrintedDates.TryParse(line.Text, pageDate, out var d) ? d : null)) is { } date)
                return date;
        }
        return null;
    }

    private static int FindLine(List<DumpLine> lines, string text, int before)
    {
        for (var i = Math.Min(before, lines.Count) - 1; i >= 0; i--)
            if (lines[i].Text == text)
                return i;
        return -1;
    }

    /// <summary>
    /// The standfirst (dek) sits between the headline and the byline/date/share block, away from the body:
    /// one prose line above the body with only page furniture between.
    /// </summary>
    private static int? FindStandfirst(List<DumpLine> lines, int start, int headlineIndex)
    {
        var floor = Math.Max(headlineIndex, start - 20);
        if (headlineIndex < 0)
            return null;
        for (var i = start - 1; i > floor; i--)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Furniture or LineKind.Byline or LineKind.Date or LineKind.Caption or LineKind.RelativeTime or LineKind.Duration:
                    continue;
                case LineKind.Text when line.Length < 30 && line.Words <= 4:
                    continue;
                case LineKind.Text when line.Occurrences == 1 && line.Length >= 40 && line.EndsSentence && line.StopWordDensity >= 0.1:
                    // Only when the furniture block really separates it from the body.
                    return start - i >= 3 ? i : null;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Where the headline/date search above the body begins: <see cref="MetaWindow"/> lines that carry text,
    /// not counting share buttons and one-word icon rows, which can fill dozens of lines between the
    /// headline and the body (a share panel listing every network twice).
    /// </summary>
    private static int WindowStart(List<DumpLine> lines, int start)
    {
        var i = Math.Min(start, lines.Count);
        var counted = 0.0;
        while (i > 0 && counted < MetaWindow && start - i < 3 * MetaWindow)
            counted += Weight(lines[--i]);
        return i;
    }

    // How much a line between a candidate and the body counts toward their distance.
    private static double Weight(DumpLine line) => line.Kind == LineKind.Furniture ? 0.1 : line.Words <= 2 ? 0.4 : 1;

    // Below this score a headline candidate has nothing framing it as one: no byline/date stack, no title repeat.
    private const double WeakHeadline = 0.5;

    private static string? FindHeadline(List<DumpLine> lines, int start, out int index)
    {
        string? best = null;
        index = -1;
        var bestScore = double.MinValue;
        var from = WindowStart(lines, start);
        // Distances are summed from the body upwards, so walk the window bottom-up.
        var distance = 0.0;
        for (var i = start - 1; i >= from; i--)
        {
            var line = lines[i];
            distance += i + 1 < start ? Weight(lines[i + 1]) : 1;
            var stack = StackBonus(lines, i, start);
            // A headline can hold a menu word ("Reddit", "Drives") that makes it look like furniture; right
            // above the byline/date block, or above a standfirst that is, it still is the headline.
            var furniture = line.Kind == LineKind.Furniture && line.Words >= 5 && !line.EndsSentence && stack > 0;
            // Two-word headlines ("Tridents' challenge") only where the stack frames them: a date right above or
            // a byline/date right below.
            var twoWords = line.Words == 2 && line.Kind == LineKind.Text && line.Length >= 12 && line.CapitalShare < 1
                && (i > 0 && lines[i - 1].Kind == LineKind.Date || i + 1 < start && lines[i + 1].Kind is LineKind.Byline or LineKind.Date);
            if (line.Kind != LineKind.Text && !furniture || line.Length < 15 || line.Length > 200 || line.Words < 3 && !twoWords || line.Words > 30)
                continue;
            if (line.Text.EndsWith('.') && !line.Text.EndsWith("...", StringComparison.Ordinal) && !AbbreviationEnd().IsMatch(line.Text))
                continue;
            // "— Select a file —", "- Menu": form placeholders and list items; "& Jane Roe": a co-author line.
            if (line.Text[0] is '—' or '–' or '-' or '•' or '|' or '·' or '&')
                continue;
            // Bylines without a parsed author, authors with their role ("Jane Roe, Staff Attorney"), photo captions
            // and credits have a headline's length but are not one.
            if (BylineOpening().IsMatch(line.Text) || CaptionShape().IsMatch(line.Text) || RoleCredit().IsMatch(line.Text))
                continue;
            // "Ibtisam Model, Ruwaida Kamal Sample" over the date is the credit: a headline is more than a list of names.
            if (IsNameList(line))
                continue;
            var score = -0.15 * distance - (furniture ? 1 : 0) - (twoWords ? 0.5 : 0) + stack;
            // Menus dumped without separators glue their entries: "HealthScience", "MessagesNext".
            if (GluedWords().IsMatch(line.Text))
                score -= 3;
            // Headline then standfirst: the first of two adjacent long text lines is the headline, above all
            // when the byline/date stack follows (two lines of an appeal box are not a headline and standfirst).
            if (line.Words >= 5 && StandfirstBelow(lines, i, start))
                score += stack > 0 ? 1.5 : 0.75;
            // Printed twice (page title, then the article's own heading).
            if (line.Occurrences == 2 && line.Words >= 4)
                score += 0.5;
            if (line.CapitalShare >= 0.6 && line.Words >= 4)
                score += 0.5;
            if (line.Words is >= 5 and <= 20)
                score += 1;
            // The page title ("Headline | Site") repeats the headline at the top of many dumps.
            for (var j = 0; j < Math.Min(i, 40); j++)
                if (lines[j].Length > line.Length && lines[j].Text.StartsWith(line.Text, StringComparison.Ordinal))
                {
                    score += 2;
                    break;
                }
            // Teaser lists repeat their entries; the article's own headline recurs in "most read" lists too, but
            // it sits on top of the byline/date stack.
            if (line.Occurrences > 2 && stack == 0)
                score -= 2;
            // Under "Related" / "Top Stories" (and a one-word label such as "Interview") come other articles' headlines.
            if (UnderSectionBreak(lines, i))
                score -= 1.5;
            if (score > bestScore)
            {
                bestScore = score;
                best = line.Text;
                index = i;
            }
        }
        // Nothing above: the body finder may have taken the headline in as its first line (headline, standfirst,
        // then the story). A short first line without a full stop (a question may be one), followed by a longer
        // one, is that headline.
        // Above it only a short, weak candidate (no stack, no title repeat: a menu row, a form label) loses to it too.
        // Against such a menu entry even a title that ends with a full stop wins, when the story follows it.
        // So does a weak candidate of any length far above (an accessibility notice, a slogan) when the first line reads
        // as a title; right above, a weak candidate (a headline the page repeats) is still the headline.
        var weakAbove = best is not null && bestScore < WeakHeadline && (lines[index].Words <= 4 || start - index > NearBody);
        if ((best is null || weakAbove) && start + 1 < lines.Count
            && lines[start] is { Kind: LineKind.Text, Words: >= 4 and <= 25, Length: <= 200 } first
            && (weakAbove && lines[index].Words <= 4 && first.Words <= 20 || (!first.EndsSentence || first.Text.EndsWith('?')) && !first.Text.EndsWith('.'))
            && lines[start + 1].Words > first.Words)
        {
            best = first.Text;
            index = start;
        }
        // A page with visible text always has a title: failing all the shapes above, the nearest short text line
        // above the body ("CDPATH replacements" over a one-word tag) is it.
        if (best is null)
            for (var i = start - 1; i >= from; i--)
                // Two capitalised words are a menu entry ("Local News") as often as a title.
                if (lines[i] is { Kind: LineKind.Text, Words: >= 2 and <= 30, Length: >= 8 and <= 200 } line
                    && (line.Words >= 3 || line.CapitalShare < 1) && !line.Text.EndsWith('.') && line.Text[0] is not ('—' or '–' or '-' or '•' or '|' or '·')
                    && !BylineOpening().IsMatch(line.Text) && !CaptionShape().IsMatch(line.Text))
                {
                    best = line.Text;
                    index = i;
                    break;
                }
        // A breadcrumb trail ends with the page's own title: "Front Page » Transportation » Headline".
        if (best is not null && Breadcrumb().Split(best) is { Length: >= 3 } crumbs && crumbs[^1].Trim().Split(' ').Length >= 3)
            best = crumbs[^1].Trim();
        return best;
    }

    // Inside a "Related" box: below its heading with only labels, bylines and other teaser titles between. A
    // run of short entries is a menu, whose "Comment" entry heads nothing.
    private static bool UnderSectionBreak(List<DumpLine> lines, int i)
    {
        for (int j = i - 1, shortRun = 0; j >= Math.Max(0, i - MaxBoxLines); j--)
        {
            var line = lines[j];
            // "Categories: News", "Tags: harbour, pier": the post's labels, which often sit right over its title.
            if (line.Kind == LineKind.SectionBreak)
                return line.Text.IndexOf(':') is var colon && (colon < 0 || colon == line.Text.Length - 1);
            shortRun = line.Kind == LineKind.Text && line.Words <= 2 ? shortRun + 1 : 0;
            if (shortRun > 1)
                return false;
            if (line.Kind == LineKind.Text && (line.Words > 15 || line.EndsSentence && !line.Text.EndsWith('?') && !line.Text.EndsWith('»')))
                return false;
            if (line.Kind is LineKind.Caption or LineKind.Copyright)
                return false;
        }
        return false;
    }

    private const int MaxBoxLines = 6;
    private const int NearBody = 5;

    /// <summary>
    /// The classic headline-byline-date stack: a byline or date line right below (closer is stronger), or
    /// below a standfirst that sits right below.
    /// </summary>
    private static double StackBonus(List<DumpLine> lines, int i, int start)
    {
        var standfirst = StandfirstBelow(lines, i, start);
        for (var j = i + 1; j < Math.Min(start, i + (standfirst ? 5 : 4)); j++)
        {
            if (lines[j].Kind is LineKind.Byline or LineKind.Date)
                return j - i <= 2 ? 2 : 1.5;
            // Another line of text in between (a teaser, the real headline) owns the stack, unless it is the
            // standfirst or a photo caption.
            if (lines[j].Kind == LineKind.Text && lines[j].Words >= 6 && !(j == i + 1 && standfirst) && !CaptionShape().IsMatch(lines[j].Text))
                break;
        }
        // Some layouts print the date first: "Posted on April 29, 2022", then the headline.
        if (i > 0 && lines[i - 1].Kind == LineKind.Date)
            return 1.5;
        // A share bar, a photo and its caption can push the byline far down; with only such lines between,
        // the stack is still this line's. A menu's entries are short text lines, and a menu entry is short itself.
        if (lines[i].Words < 4 || i + 1 < start && lines[i + 1] is { Kind: LineKind.Text, Words: <= 2 })
            return 0;
        for (int j = i + 1, menuEntries = 0; j < Math.Min(start, i + FarStackReach); j++)
        {
            if (lines[j].Kind is LineKind.Byline or LineKind.Date)
                return 1;
            if (lines[j].Kind == LineKind.Text && !(j == i + 1 && standfirst) && (lines[j].Words >= 3 || ++menuEntries > MaxMenuEntriesInStack))
                break;
        }
        return 0;
    }

    private const int FarStackReach = 25;
    private const int MaxMenuEntriesInStack = 2;

    private static bool StandfirstBelow(List<DumpLine> lines, int i, int start) =>
        i + 1 < start && lines[i + 1] is { Kind: LineKind.Text, Length: >= 30, Words: >= 5, Occurrences: 1 } next && !GluedWords().IsMatch(next.Text)
        && next.CapitalShare < 0.85 && !CaptionShape().IsMatch(next.Text);

    private static string? FindSite(List<DumpLine> lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 60); i--)
        {
            if (lines[i].Kind != LineKind.Copyright || lines[i].Length > 120)
                continue;
            var m = CopyrightOwner().Match(lines[i].Text);
            if (m.Success)
            {
                var owner = m.Groups["owner"].Value.Trim().TrimEnd('.', ',', '|', '-').Trim();
                if (owner.Length is > 1 and <= 60 && owner.Split(' ').Length <= 6)
                    return owner;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s?date (?<date>\d{4}-\d{2}-\d{2})(?: (?<headline>.*))?$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\s(?:\p{Lu}\p{Ll}{0,4}|[\p{Lu}.]{2,6})\.$")]
    private static partial Regex AbbreviationEnd();

    // "By …", and the credits that name the work first: "Text by NEWS WIRES", "Written by …", "Reporting by …".
    [GeneratedRegex(@"^(?:(?:text|written|posted|words|story|reporting|published|texto|texte)\s+)?(?:by|von|par|por|door|di)\b[\s:]", RegexOptions.IgnoreCase)]
    private static partial Regex BylineOpening();

    [GeneratedRegex(@"\((?:file|files|photo|picture|pictures|image|credit)\b[^)]*\)$|\([^()/]{3,60}/[^()/]{3,60}\)$|\s[-–—]\s[^-–—()/]{3,60}/[^-–—()/]{3,60}$|\b(?:photo|photograph|picture|image|credit|media caption)\s*:|^(?:courtesy|care) of\b|^media caption", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionShape();

    [GeneratedRegex(@"\p{Ll}{3}\p{Lu}\p{Ll}")]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"\s[»›>]\s")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:Will|May|Can) ")]
    private static partial Regex FirstNameStopWord();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+by\s+(?<name>\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})(?=\s*(?:$|[-–|•.,]))")]
    private static partial Regex YearsByName();

    // A date in digits, then a name of two or three capitalised words ending the line.
    [GeneratedRegex(@"\d{4}\s+(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2})$")]
    private static partial Regex DateThenName();

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2})\s+[-–—|•·]\s+(?<date>\S.*\d.*)$")]
    private static partial Regex NameThenDate();

    // The role after the name's comma is what makes the line a credit and not a list of names or places.
    [GeneratedRegex(@"^(?<and>(?:&|and)\s+)?(?<name>\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}), (?:\p{Lu}[\p{L}-]+ ){0,3}(?:Attorney|Director|Professor|Editor|Reporter|Correspondent|Fellow|Writer|Columnist|Contributor|Researcher|Analyst|Counsel|President|Chair|Founder|Manager|Officer|Lecturer|Scientist|Economist|Journalist|Advocate|Organizer|Coordinator)\b")]
    private static partial Regex RoleCredit();

    [GeneratedRegex(@"^(?<first>\p{Lu}[\p{L}'’.-]+)(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:is an? |is the |has (?:worked|written|covered|reported) |writes (?:about|for) |covers |joined |ist (?:ein|eine|Redakteur|Autor)|est (?:un|une|journaliste) )")]
    private static partial Regex BioOpening();

    [GeneratedRegex(@"\b(?:is|was|has|writes|covers|reports|joined|ist|schreibt|est|écrit|es)\b")]
    private static partial Regex BioVerb();

    [GeneratedRegex(@"^(?:(?:written |posted )?by|author|autor|auteur|von)\b[:\s].{2,60}?\s(?:on|am|le|el|il|op|\||,|-|–)\s", RegexOptions.IgnoreCase)]
    private static partial Regex CreditWithDate();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?<owner>[^|©•]*?)(?:\.?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés)|\||•|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOwner();
}
