namespace NewsArchive.Data.Search;

/// <summary>A piece of a snippet or headline; the web layer HTML-encodes <see cref="Text"/> and marks <see cref="Highlighted"/> ones.</summary>
public sealed record TextSegment(string Text, bool Highlighted);

/// <summary>
/// Cuts search snippets from the stored body in C#: the index is contentless (no second copy of every
/// body), so FTS5's snippet() has nothing to cut from. The window with the most matched words wins.
/// Output is plain text segments, never markup from the page.
/// </summary>
public static class Snippets
{
    public const int WindowWords = 32;

    public static IReadOnlyList<TextSegment> Cut(string body, IReadOnlyList<SearchTerm> terms, int windowWords = WindowWords)
    {
        var spans = TextFolding.WordSpans(body).ToList();
        if (spans.Count == 0)
            return [];
        var matches = new bool[spans.Count];
        for (var i = 0; i < spans.Count; i++)
            matches[i] = Matches(body.AsSpan(spans[i].Start, spans[i].Length), terms);

        // Sliding window over word positions: the earliest window holding the most matches.
        int bestStart = 0, bestCount = -1, count = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (matches[i]) count++;
            if (i >= windowWords && matches[i - windowWords]) count--;
            var start = Math.Max(0, i - windowWords + 1);
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = start;
            }
        }
        // Start the window a few words before the first match in it, so the match has some context.
        var firstMatch = Array.FindIndex(matches, bestStart, Math.Min(windowWords, spans.Count - bestStart), m => m);
        if (firstMatch > bestStart + 4)
            bestStart = Math.Min(firstMatch - 4, Math.Max(0, spans.Count - windowWords));
        var end = Math.Min(spans.Count, bestStart + windowWords) - 1;

        var segments = new List<TextSegment>();
        if (bestStart > 0)
            segments.Add(new TextSegment("… ", false));
        var from = bestStart == 0 ? 0 : spans[bestStart].Start;
        for (var i = bestStart; i <= end; i++)
        {
            if (!matches[i])
                continue;
            Add(segments, Flatten(body[from..spans[i].Start]), false);
            Add(segments, body.Substring(spans[i].Start, spans[i].Length), true);
            from = spans[i].Start + spans[i].Length;
        }
        var tailEnd = end == spans.Count - 1 ? body.Length : spans[end].Start + spans[end].Length;
        Add(segments, Flatten(body[from..tailEnd]), false);
        if (end < spans.Count - 1)
            Add(segments, " …", false);
        return segments;
    }

    /// <summary>The whole text with matched words marked (for headlines).</summary>
    public static IReadOnlyList<TextSegment> Highlight(string? text, IReadOnlyList<SearchTerm> terms) =>
        string.IsNullOrEmpty(text) ? [] : Cut(text, terms, int.MaxValue / 2);

    private static bool Matches(ReadOnlySpan<char> word, IReadOnlyList<SearchTerm> terms)
    {
        // Most words are ASCII: compare in place, ignoring case, and fold (allocate) only the others.
        ReadOnlySpan<char> folded = System.Text.Ascii.IsValid(word) ? word : TextFolding.Fold(word.ToString());
        foreach (var term in terms)
        {
            for (var w = 0; w < term.Words.Count; w++)
            {
                var prefix = term.IsPrefix && w == term.Words.Count - 1;
                if (prefix ? folded.StartsWith(term.Words[w], StringComparison.OrdinalIgnoreCase) : folded.Equals(term.Words[w], StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private static void Add(List<TextSegment> segments, string text, bool highlighted)
    {
        if (text.Length == 0)
            return;
        if (segments.Count > 0 && segments[^1].Highlighted == highlighted)
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else
            segments.Add(new TextSegment(text, highlighted));
    }

    // Paragraph breaks and runs of spaces become one space: a snippet is one line.
    private static string Flatten(string text)
    {
        var flat = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                flat.Append(c);
            else if (flat.Length == 0 || flat[^1] != ' ')
                flat.Append(' ');
        }
        return flat.ToString();
    }
}
