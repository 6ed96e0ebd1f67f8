namespace NewsArchive.Core.Entities;

/// <summary>
/// What the tagger said about each capitalised word in the last 1,000 tokens (Ratinov and Roth's
/// "extended prediction history"). A name's later, harder mentions ("Parnevik said", "King said") lean on
/// how its earlier, clearer mentions were tagged. One instance per document; not thread-safe.
/// </summary>
public sealed class PredictionHistory
{
    private const int Window = 1000;

    // Entity types as the history counts them: 0 = O, 1 = PER, 2 = LOC, 3 = ORG, 4 = MISC.
    internal const int Types = 5;

    private readonly Dictionary<ulong, int[]> counts = [];
    private readonly Queue<(long Position, ulong Word, int Type)> entries = new();
    private long position;

    public void Clear()
    {
        counts.Clear();
        entries.Clear();
        position = 0;
    }

    internal int[]? CountsFor(ulong word) => counts.GetValueOrDefault(word);

    internal void Add(ReadOnlySpan<ulong> words, ReadOnlySpan<bool> capitalised, ReadOnlySpan<int> tags)
    {
        for (var i = 0; i < words.Length; i++)
        {
            position++;
            if (!capitalised[i])
                continue;
            var type = (tags[i] + 1) / 2;
            if (!counts.TryGetValue(words[i], out var c))
                counts[words[i]] = c = new int[Types];
            c[type]++;
            entries.Enqueue((position, words[i], type));
        }
        while (entries.Count > 0 && entries.Peek().Position <= position - Window)
        {
            var (_, word, type) = entries.Dequeue();
            var c = counts[word];
            if (--c[type] == 0 && c.All(v => v == 0))
                counts.Remove(word);
        }
    }
}
