using System.Runtime.CompilerServices;
namespace NewsArchive.Core.Entities;

/// <summary>
/// Hashed features for each token of a sentence. The same code runs in training (on CoNLL tokens) and at
/// run time (on <see cref="Tokenizer"/> tokens), so what the model learned is what it sees.
/// </summary>
internal static class NerFeatures
{
    private static readonly ulong PadStart = FeatureHash.Of("<S>");
    private static readonly ulong PadEnd = FeatureHash.Of("</S>");

    // Template ids: part of every key, so two templates with the same value never share a weight.
    private const int Bias = 0, Word = 1, Lower = 2, Prefix = 3, Suffix = 4, Shape = 5, ShortShape = 6;
    private const int LowerM1 = 7, LowerM2 = 8, LowerP1 = 9, LowerP2 = 10, ShapeM1 = 11, ShapeP1 = 12, ShapeM2 = 13, ShapeP2 = 14;
    private const int BigramLeft = 15, BigramRight = 16, ShapeTrigram = 17, SentenceStart = 18, AllCapsLower = 19;
    private const int AllCapsContext = 20, GazHere = 21, GazHereShape = 22, GazPrev = 23, GazNext = 24;
    private const int PrevWordShape = 25, ShapeNextWord = 26, SentenceStartLower = 27, WordLength = 28;
    private const int HistoryShare = 29, HistoryMajority = 30;

    /// <summary>Keys and offsets of the static features, plus what <see cref="PredictionHistory"/> needs per token.</summary>
    internal sealed record Sentence(ulong[] Keys, int[] Offsets, ulong[] Words, bool[] Capitalised);

    /// <summary>Every key <see cref="AddHistory"/> can produce, so training can give them weights up front.</summary>
    internal static IEnumerable<ulong> AllHistoryKeys()
    {
        for (var t = 0; t < PredictionHistory.Types; t++)
        {
            yield return FeatureHash.Key(HistoryMajority, (ulong)t);
            for (var b = 0; b < 4; b++)
                yield return FeatureHash.Key(HistoryShare, (ulong)t, (ulong)b);
        }
    }

    /// <summary>Features from earlier predictions for the same capitalised word: each type's share, and the majority type.</summary>
    internal static void AddHistory(ulong word, bool capitalised, PredictionHistory history, List<ulong> keys)
    {
        if (!capitalised || history.CountsFor(word) is not { } counts)
            return;
        var total = counts.Sum();
        if (total == 0)
            return;
        var best = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] == 0)
                continue;
            var share = (double)counts[t] / total;
            var bucket = share >= 1 ? 3 : share >= 0.66 ? 2 : share >= 0.33 ? 1 : 0;
            keys.Add(FeatureHash.Key(HistoryShare, (ulong)t, (ulong)bucket));
            if (counts[t] > counts[best])
                best = t;
        }
        keys.Add(FeatureHash.Key(HistoryMajority, (ulong)best));
    }

    /// <summary>Feature keys of token i are <c>keys[offsets[i]..offsets[i + 1]]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Sentence Extract(IReadOnlyList<string> words, Gazetteer gazetteer)
    {
        var n = words.Count;
        var folded = new string[n];
        var foldHash = new ulong[n];
        var wordHash = new ulong[n];
        var shapeHash = new ulong[n];
        var shortHash = new ulong[n];
        var startsWord = new bool[n];
        var capitalised = new bool[n];
        var hasLower = false;
        var upperLetters = 0;
        for (var i = 0; i < n; i++)
        {
            var w = TextFold.Normalize(words[i]);
            folded[i] = TextFold.Fold(w);
            foldHash[i] = FeatureHash.Of(folded[i]);
            wordHash[i] = FeatureHash.Of(w);
            var (shape, shortShape) = Shapes(w);
            shapeHash[i] = FeatureHash.Of(shape);
            shortHash[i] = FeatureHash.Of(shortShape);
            startsWord[i] = w.Length > 0 && char.IsLetterOrDigit(w[0]);
            capitalised[i] = w.Length > 0 && char.IsUpper(w[0]);
            foreach (var c in w)
            {
                if (char.IsLower(c))
                    hasLower = true;
                else if (char.IsUpper(c))
                    upperLetters++;
            }
        }
        // CoNLL's headlines and datelines are all capitals; there the shape says nothing and the word must.
        var allCaps = !hasLower && upperLetters >= 2;
        var begins = new GazetteerTypes[n];
        var insides = new GazetteerTypes[n];
        gazetteer.Match(foldHash, startsWord, begins, insides);
        // Curated people are applied after tagging (EntityRecognizer); kept out of the features so that
        // adding a person to the alias table does not call for retraining.
        for (var i = 0; i < n; i++)
        {
            begins[i] &= ~GazetteerTypes.KnownPerson;
            insides[i] &= ~GazetteerTypes.KnownPerson;
        }

        var keys = new List<ulong>(n * 48);
        var offsets = new int[n + 1];
        ulong F(ulong[] a, int i, int d) => i + d < 0 ? PadStart : i + d >= n ? PadEnd : a[i + d];
        for (var i = 0; i < n; i++)
        {
            offsets[i] = keys.Count;
            var f = folded[i];
            keys.Add(FeatureHash.Key(Bias, 0));
            keys.Add(FeatureHash.Key(Word, wordHash[i]));
            keys.Add(FeatureHash.Key(Lower, foldHash[i]));
            for (var k = 1; k <= 4 && k <= f.Length; k++)
            {
                keys.Add(FeatureHash.Key(Prefix, (ulong)k, FeatureHash.Of(f.AsSpan(0, k))));
                keys.Add(FeatureHash.Key(Suffix, (ulong)k, FeatureHash.Of(f.AsSpan(f.Length - k))));
            }
            keys.Add(FeatureHash.Key(Shape, shapeHash[i]));
            keys.Add(FeatureHash.Key(ShortShape, shortHash[i]));
            keys.Add(FeatureHash.Key(WordLength, (ulong)Math.Min(f.Length, 12), shortHash[i]));
            keys.Add(FeatureHash.Key(LowerM1, F(foldHash, i, -1)));
            keys.Add(FeatureHash.Key(LowerM2, F(foldHash, i, -2)));
            keys.Add(FeatureHash.Key(LowerP1, F(foldHash, i, 1)));
            keys.Add(FeatureHash.Key(LowerP2, F(foldHash, i, 2)));
            keys.Add(FeatureHash.Key(ShapeM1, F(shortHash, i, -1)));
            keys.Add(FeatureHash.Key(ShapeP1, F(shortHash, i, 1)));
            keys.Add(FeatureHash.Key(ShapeM2, F(shortHash, i, -2)));
            keys.Add(FeatureHash.Key(ShapeP2, F(shortHash, i, 2)));
            keys.Add(FeatureHash.Key(BigramLeft, F(foldHash, i, -1), foldHash[i]));
            keys.Add(FeatureHash.Key(BigramRight, foldHash[i], F(foldHash, i, 1)));
            keys.Add(FeatureHash.Key(ShapeTrigram, F(shortHash, i, -1), shortHash[i], F(shortHash, i, 1)));
            keys.Add(FeatureHash.Key(PrevWordShape, F(foldHash, i, -1), shortHash[i]));
            keys.Add(FeatureHash.Key(ShapeNextWord, shortHash[i], F(foldHash, i, 1)));
            if (i == 0)
            {
                keys.Add(FeatureHash.Key(SentenceStart, shortHash[i]));
                keys.Add(FeatureHash.Key(SentenceStartLower, foldHash[i]));
            }
            if (allCaps)
            {
                keys.Add(FeatureHash.Key(AllCapsLower, foldHash[i]));
                keys.Add(FeatureHash.Key(AllCapsContext, F(foldHash, i, -1), F(foldHash, i, 1)));
            }
            AddGazetteer(keys, GazHere, begins[i], insides[i], allCaps ? 1UL : shortHash[i]);
            AddGazetteer(keys, GazPrev, i > 0 ? begins[i - 1] : 0, i > 0 ? insides[i - 1] : 0, 0);
            AddGazetteer(keys, GazNext, i + 1 < n ? begins[i + 1] : 0, i + 1 < n ? insides[i + 1] : 0, 0);
            if ((begins[i] | insides[i]) != 0)
                keys.Add(FeatureHash.Key(GazHereShape, (ulong)begins[i], (ulong)insides[i]));
        }
        offsets[n] = keys.Count;
        return new Sentence(keys.ToArray(), offsets, foldHash, capitalised);
    }

    private static void AddGazetteer(List<ulong> keys, int template, GazetteerTypes begins, GazetteerTypes insides, ulong shape)
    {
        for (var bit = 0; bit < 8; bit++)
        {
            var t = (GazetteerTypes)(1 << bit);
            if ((begins & t) != 0)
                keys.Add(FeatureHash.Key(template, (ulong)bit * 2, shape));
            if ((insides & t) != 0)
                keys.Add(FeatureHash.Key(template, (ulong)bit * 2 + 1, shape));
        }
    }

    /// <summary>"Putin" -> ("Xxxxx", "Xx"), "1996-08-22" -> ("dddd-dd-dd", "d-d-d"); the long shape is cut at 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (string Shape, string Short) Shapes(string word)
    {
        Span<char> full = stackalloc char[Math.Min(word.Length, 8)];
        Span<char> brief = stackalloc char[Math.Min(word.Length, 16)];
        int nf = 0, nb = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (nf < full.Length)
                full[nf++] = s;
            if ((nb == 0 || brief[nb - 1] != s) && nb < brief.Length)
                brief[nb++] = s;
        }
        return (new string(full[..nf]), new string(brief[..nb]));
    }
}
