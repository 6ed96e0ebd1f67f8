using System.Globalization;

namespace NewsArchive.Core.Entities;

/// <summary>One sentence of a CoNLL file: its tokens and their BIO tags; the first after a -DOCSTART- line starts a document.</summary>
public sealed record ConllSentence(string[] Words, string[] Tags, bool StartsDocument = false);

/// <summary>Entity-level precision, recall and F1 under the conlleval rules, per type and overall.</summary>
public sealed class ConllScore
{
    private readonly SortedDictionary<string, (int Correct, int Predicted, int Gold)> counts = new(StringComparer.Ordinal);

    public IEnumerable<string> Types => counts.Keys;

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var g = Conll.Chunks(gold);
        var p = Conll.Chunks(predicted);
        var goldSet = g.ToHashSet();
        foreach (var c in g)
            Bump(c.Type, 0, 0, 1);
        foreach (var c in p)
            Bump(c.Type, goldSet.Contains(c) ? 1 : 0, 1, 0);
    }

    private void Bump(string type, int correct, int predicted, int gold)
    {
        var c = counts.GetValueOrDefault(type);
        counts[type] = (c.Correct + correct, c.Predicted + predicted, c.Gold + gold);
    }

    public (double Precision, double Recall, double F1, int Gold) For(string? type)
    {
        var (correct, predicted, gold) = (0, 0, 0);
        foreach (var (t, c) in counts)
        {
            if (type is null || t == type)
                (correct, predicted, gold) = (correct + c.Correct, predicted + c.Predicted, gold + c.Gold);
        }
        var p = predicted == 0 ? 0 : (double)correct / predicted;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold);
    }

    public void Print(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine("type     precision  recall      F1   entities");
        foreach (var type in Types.Append(null))
        {
            var (p, r, f, g) = For(type);
            output.WriteLine(string.Format(inv, "{0,-8} {1,9:F4} {2,7:F4} {3,7:F4} {4,10}", type ?? "overall", p, r, f, g));
        }
    }
}

/// <summary>Reads CoNLL files (<c>TOKEN POS TAG</c> or <c>TOKEN TAG</c>, blank line between sentences).</summary>
public static class Conll
{
    public static List<ConllSentence> Read(string path) => Parse(File.ReadLines(path));

    public static List<ConllSentence> Parse(IEnumerable<string> lines)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var documentStart = false;
        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], ToIob2(tags), documentStart));
                documentStart = false;
            }
            words.Clear();
            tags.Clear();
        }
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                Flush();
                documentStart = true;
                continue;
            }
            if (fields.Length < 2)
                throw new InvalidDataException($"A CoNLL line needs a token and a tag: '{line}'");
            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }
        Flush();
        return sentences;
    }

    /// <summary>IOB1 files start an entity with I-; rewrite so every entity starts with B- (IOB2).</summary>
    private static string[] ToIob2(List<string> tags)
    {
        var result = tags.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || result[i - 1] == "O" || result[i - 1][2..] != result[i][2..]))
                result[i] = "B-" + result[i][2..];
        }
        return result;
    }

    /// <summary>Entities as conlleval sees them: B-X starts one, I-X continues one of the same type, anything else ends it.</summary>
    public static List<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var t = prefix == 'O' ? null : tag[2..];
            var continues = prefix == 'I' && type is not null && t == type;
            if (type is not null && !continues)
            {
                chunks.Add((start, i, type));
                type = null;
            }
            if (prefix is 'B' or 'I' && !continues)
            {
                start = i;
                type = t;
            }
        }
        return chunks;
    }
}
