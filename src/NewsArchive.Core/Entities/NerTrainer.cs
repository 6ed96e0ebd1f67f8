namespace NewsArchive.Core.Entities;

/// <summary>
/// Trains <see cref="NerModel"/> as an averaged structured perceptron (Collins 2002): decode each sentence
/// with Viterbi, and where the best path differs from the gold one, add the gold features and subtract
/// the predicted ones. Single-threaded, with a seeded shuffle of our own, so the same data and seed give
/// the same weights, byte for byte.
/// </summary>
public static class NerTrainer
{
    private const int T = NerModel.TagCount;

    // Sentences are shuffled in runs of this many, in file order within a run, so that the prediction
    // history sees a document-like stream as it will at run time.
    private const int BlockSize = 50;

    public static void Train(IReadOnlyList<ConllSentence> train, Gazetteer gazetteer, Stream modelOutput,
        int epochs, ulong seed, Action<string>? log = null)
    {
        var index = new Dictionary<ulong, int>();
        foreach (var key in NerFeatures.AllHistoryKeys())
            index[key] = index.Count;
        var data = new List<(int[] Features, int[] Offsets, int[] Gold, ulong[] Words, bool[] Capitalised)>(train.Count);
        foreach (var s in train)
        {
            var sentence = NerFeatures.Extract(s.Words, gazetteer);
            var features = new int[sentence.Keys.Length];
            for (var k = 0; k < features.Length; k++)
            {
                if (!index.TryGetValue(sentence.Keys[k], out var f))
                    index[sentence.Keys[k]] = f = index.Count;
                features[k] = f;
            }
            data.Add((features, sentence.Offsets, s.Tags.Select(NerModel.TagIndex).ToArray(), sentence.Words, sentence.Capitalised));
        }
        log?.Invoke($"{train.Count} sentences, {index.Count} distinct features");

        var weights = new float[index.Count * T];
        var sums = new double[index.Count * T];
        var trans = new float[(T + 1) * T];
        var transSums = new double[(T + 1) * T];
        var blocks = Enumerable.Range(0, (data.Count + BlockSize - 1) / BlockSize).ToArray();
        var random = new SplitMix(seed);
        var history = new PredictionHistory();
        var historyKeys = new List<ulong>();
        long clock = 1;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            for (var i = blocks.Length - 1; i > 0; i--)
            {
                var j = (int)(random.Next() % (ulong)(i + 1));
                (blocks[i], blocks[j]) = (blocks[j], blocks[i]);
            }
            var mistakes = 0;
            foreach (var block in blocks)
            {
                history.Clear();
                for (var s = block * BlockSize; s < Math.Min(data.Count, (block + 1) * BlockSize); s++)
                {
                    var (features, offsets, gold, words, capitalised) = data[s];
                    var n = gold.Length;
                    var dynamic = new int[n][];
                    for (var i = 0; i < n; i++)
                    {
                        historyKeys.Clear();
                        NerFeatures.AddHistory(words[i], capitalised[i], history, historyKeys);
                        dynamic[i] = historyKeys.Select(k => index[k]).ToArray();
                    }
                    var predicted = Decode(features, offsets, dynamic, weights, trans);
                    for (var i = 0; i < n; i++)
                    {
                        var prevGold = i == 0 ? 0 : gold[i - 1] + 1;
                        var prevPred = i == 0 ? 0 : predicted[i - 1] + 1;
                        if (gold[i] == predicted[i] && prevGold == prevPred)
                            continue;
                        Update(trans, transSums, prevGold * T + gold[i], 1, clock);
                        Update(trans, transSums, prevPred * T + predicted[i], -1, clock);
                        if (gold[i] == predicted[i])
                            continue;
                        mistakes++;
                        for (var k = offsets[i]; k < offsets[i + 1]; k++)
                        {
                            Update(weights, sums, features[k] * T + gold[i], 1, clock);
                            Update(weights, sums, features[k] * T + predicted[i], -1, clock);
                        }
                        foreach (var f in dynamic[i])
                        {
                            Update(weights, sums, f * T + gold[i], 1, clock);
                            Update(weights, sums, f * T + predicted[i], -1, clock);
                        }
                    }
                    history.Add(words, capitalised, predicted);
                    clock++;
                }
            }
            log?.Invoke($"epoch {epoch}: {mistakes} token errors");
        }
        // Averaged weights: w - (sum of clock * update) / clock, the usual lazy form of the running mean.
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
            averaged[i] = (float)(weights[i] - sums[i] / clock);
        var averagedTrans = new float[trans.Length];
        for (var i = 0; i < trans.Length; i++)
            averagedTrans[i] = (float)(trans[i] - transSums[i] / clock);
        NerModel.Write(modelOutput, index, averaged, averagedTrans);
    }

    private static void Update(float[] w, double[] sums, int at, int delta, long clock)
    {
        w[at] += delta;
        sums[at] += (double)clock * delta;
    }

    private static int[] Decode(int[] features, int[] offsets, int[][] dynamic, float[] weights, float[] trans)
    {
        var n = offsets.Length - 1;
        var scores = new float[n * T];
        for (var i = 0; i < n; i++)
        {
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var f = features[k] * T;
                for (var t = 0; t < T; t++)
                    scores[i * T + t] += weights[f + t];
            }
            foreach (var d in dynamic[i])
            {
                for (var t = 0; t < T; t++)
                    scores[i * T + t] += weights[d * T + t];
            }
        }
        return NerModel.Viterbi(scores, trans, n);
    }

    /// <summary>A fixed, documented generator (System.Random's seeded sequence is not promised across .NET versions).</summary>
    private sealed class SplitMix(ulong state)
    {
        public ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            return FeatureHash.Mix(state);
        }
    }
}
