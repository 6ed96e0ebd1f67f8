using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsArchive.Core.Entities;

/// <summary>
/// The trained tagger: weights per (hashed feature, BIO tag) plus tag-to-tag transition weights, decoded
/// with Viterbi under the BIO constraint (an I-X only after B-X or I-X). Immutable once read, so it is
/// safe to share between threads.
/// </summary>
public sealed class NerModel
{
    public const string FileName = "ner-model.bin.gz";
    public static readonly string[] Tags = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];
    public const int TagCount = 9;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("NANER1");

    // Open addressing, key and its nine quantised weights side by side: one cache line per look-up, which
    // is what the tagger's speed comes down to (~50 look-ups per word into a table of a few MB).
    private readonly Entry[] table;
    private readonly int mask;

    // A 64 KB bit set of the keys present: most feature keys of a text are not in the model, and this
    // answers "absent" from the L2 cache instead of a probe into the table.
    private const int FilterBits = 1 << 19;
    private readonly ulong[] filter = new ulong[FilterBits / 64];
    private readonly float scale;
    private readonly float[] transitions;

    [System.Runtime.CompilerServices.InlineArray(TagCount)]
    private struct Weights
    {
        private short first;
    }

    private struct Entry
    {
        public ulong Key;
        public Weights Weights;
    }

    private NerModel(Entry[] table, float scale, float[] transitions, int count)
    {
        this.table = table;
        mask = table.Length - 1;
        this.scale = scale;
        this.transitions = transitions;
        FeatureCount = count;
        foreach (var e in table)
        {
            if (e.Key != 0)
                filter[FilterBit(e.Key) >> 6] |= 1UL << FilterBit(e.Key);
        }
    }

    public int FeatureCount { get; }

    public static int TagIndex(string tag) => Math.Max(0, Array.IndexOf(Tags, tag));

    /// <summary>BIO tag indexes (into <see cref="Tags"/>) for one sentence; the sentence's tags then go into <paramref name="history"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Tag(IReadOnlyList<string> words, Gazetteer gazetteer, PredictionHistory history)
    {
        if (words.Count == 0)
            return [];
        var sentence = NerFeatures.Extract(words, gazetteer);
        var (keys, offsets) = (sentence.Keys, sentence.Offsets);
        var n = words.Count;
        var scores = new float[n * TagCount];
        var dynamic = new List<ulong>();
        for (var i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * TagCount, TagCount);
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
                AddWeights(keys[k], row);
            dynamic.Clear();
            NerFeatures.AddHistory(sentence.Words[i], sentence.Capitalised[i], history, dynamic);
            foreach (var key in dynamic)
                AddWeights(key, row);
        }
        var tags = Viterbi(scores, transitions, n);
        history.Add(sentence.Words, sentence.Capitalised, tags);
        return tags;
    }

    private static int FilterBit(ulong key) => (int)(key >> 40) & (FilterBits - 1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWeights(ulong key, Span<float> row)
    {
        key = key == 0 ? 1 : key;
        var bit = FilterBit(key);
        if ((filter[bit >> 6] & (1UL << bit)) == 0)
            return;
        var i = (int)key & mask;
        while (true)
        {
            ref var e = ref table[i];
            if (e.Key == key)
            {
                for (var t = 0; t < TagCount; t++)
                    row[t] += e.Weights[t] * scale;
                return;
            }
            if (e.Key == 0)
                return;
            i = (i + 1) & mask;
        }
    }


    /// <summary>I-X may only follow B-X or I-X: conlleval would otherwise count a broken entity.</summary>
    internal static bool Allowed(int previous, int current)
    {
        if (current == 0 || current % 2 == 1)
            return true;
        return previous == current || previous == current - 1;
    }

    /// <summary>Best tag path; <paramref name="transitions"/> row 0 is "from sentence start", row p+1 from tag p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Viterbi(ReadOnlySpan<float> scores, ReadOnlySpan<float> transitions, int n)
    {
        const int T = TagCount;
        var best = new float[n * T];
        var back = new int[n * T];
        for (var t = 0; t < T; t++)
            best[t] = Allowed(-1, t) ? scores[t] + transitions[t] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < T; t++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!Allowed(p, t))
                        continue;
                    var s = best[(i - 1) * T + p] + transitions[(p + 1) * T + t];
                    if (s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }
                best[i * T + t] = top + scores[i * T + t];
                back[i * T + t] = arg;
            }
        }
        var path = new int[n];
        var last = 0;
        for (var t = 1; t < T; t++)
        {
            if (best[(n - 1) * T + t] > best[(n - 1) * T + last])
                last = t;
        }
        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
            path[i - 1] = back[i * T + path[i]];
        return path;
    }

    /// <summary>
    /// Writes weights quantised to integers of at most <paramref name="levels"/> steps, zeros dropped,
    /// keys sorted and delta-coded, gzip'd: a few MB instead of tens.
    /// </summary>
    internal static void Write(Stream output, IReadOnlyDictionary<ulong, int> index, float[] weights, float[] transitions, int levels = 4095)
    {
        var max = 0f;
        foreach (var w in weights)
            max = Math.Max(max, Math.Abs(w));
        var scale = max > 0 ? max / levels : 1f;
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(TagCount);
        writer.Write(scale);
        foreach (var t in transitions)
            writer.Write(t);
        var entries = new List<(ulong Key, int Mask, int[] Values)>();
        foreach (var (key, f) in index.OrderBy(kv => kv.Key))
        {
            var mask = 0;
            var values = new List<int>();
            for (var t = 0; t < TagCount; t++)
            {
                var q = (int)MathF.Round(weights[f * TagCount + t] / scale);
                if (q == 0)
                    continue;
                mask |= 1 << t;
                values.Add(q);
            }
            if (mask != 0)
                entries.Add((key, mask, values.ToArray()));
        }
        writer.Write(entries.Count);
        var previous = 0UL;
        foreach (var (key, mask, values) in entries)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            writer.Write7BitEncodedInt(mask);
            foreach (var v in values)
                writer.Write7BitEncodedInt((v << 1) ^ (v >> 31));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NerModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            throw new InvalidDataException("Not a NewsArchive NER model.");
        if (reader.ReadInt32() != TagCount)
            throw new InvalidDataException("The NER model has a different tag set.");
        var scale = reader.ReadSingle();
        var transitions = new float[(TagCount + 1) * TagCount];
        for (var i = 0; i < transitions.Length; i++)
            transitions[i] = reader.ReadSingle();
        var count = reader.ReadInt32();
        var size = 1024;
        while (size < count * 16 / 10)
            size <<= 1;
        var table = new Entry[size];
        var key = 0UL;
        for (var f = 0; f < count; f++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            var stored = key == 0 ? 1 : key;
            var i = (int)stored & (size - 1);
            while (table[i].Key != 0)
                i = (i + 1) & (size - 1);
            table[i].Key = stored;
            var mask = reader.Read7BitEncodedInt();
            for (var t = 0; t < TagCount; t++)
            {
                if ((mask & (1 << t)) == 0)
                    continue;
                var z = reader.Read7BitEncodedInt();
                table[i].Weights[t] = (short)((z >>> 1) ^ -(z & 1));
            }
        }
        return new NerModel(table, scale, transitions, count);
    }
}
