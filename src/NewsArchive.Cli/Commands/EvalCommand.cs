using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive eval DIR [--out FOLDER] [--annotations FILE] [--verbose]</c>: scores the extractor on a
/// folder laid out like the dev set (<c>html/</c>, <c>dumps/</c>, <c>expected.json</c>) with the snippet
/// method of the reference <c>score.py</c>, separately for HTML pages and text dumps, and writes per-page
/// predictions as JSON lines. With <c>--annotations</c> it also scores headline, published date and
/// dateline against hand-made gold (<c>{ID: {headline, published, dateline}}</c>).
/// </summary>
public static partial class EvalCommand
{
    public const string Usage = "eval DIR [--out FOLDER] [--annotations FILE] [--verbose]";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    internal static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        string? dir = null, outDir = null, annotationsPath = null;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out")
                outDir = i + 1 < args.Length ? args[++i] : throw new UsageException("--out needs a folder");
            else if (args[i] == "--annotations")
                annotationsPath = i + 1 < args.Length ? args[++i] : throw new UsageException("--annotations needs a file");
            else if (args[i] is "--verbose" or "-v")
                verbose = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{args[i]}'");
            else
                dir = dir is null ? args[i] : throw new UsageException("give one folder");
        }
        if (dir is null)
            throw new UsageException("give the folder that holds html/, dumps/ and expected.json");
        var expectedPath = Path.Combine(dir, "expected.json");
        if (!File.Exists(expectedPath))
        {
            errors.WriteLine($"newsarchive eval: {expectedPath} not found");
            return CommandLine.NothingProcessed;
        }
        if (annotationsPath is not null && !File.Exists(annotationsPath))
        {
            errors.WriteLine($"newsarchive eval: {annotationsPath} not found");
            return CommandLine.NothingProcessed;
        }
        outDir ??= Path.Combine(Path.GetTempPath(), "newsarchive-eval");
        Directory.CreateDirectory(outDir);
        var expected = ParseExpected(File.ReadAllText(expectedPath));
        var annotations = annotationsPath is null ? null : ParseAnnotations(File.ReadAllText(annotationsPath));
        var ids = expected.Keys.Concat(annotations?.Keys ?? Enumerable.Empty<string>()).Distinct().Order(StringComparer.Ordinal).ToList();

        var any = false;
        foreach (var (kind, sub, ext) in new[] { ("HTML", "html", ".html"), ("text dumps", "dumps", ".txt") })
        {
            var folder = Path.Combine(dir, sub);
            if (!Directory.Exists(folder))
                continue;
            any = true;
            var predictionsPath = Path.Combine(outDir, sub + "-predictions.jsonl");
            var watch = Stopwatch.StartNew();
            var predictions = PredictFolder(ids, folder, ext);
            var seconds = watch.Elapsed.TotalSeconds;
            WritePredictions(predictions, predictionsPath);

            var score = ScoreSnippets(expected, predictions);
            var errorCount = predictions.Values.Count(p => p.Error is not null);
            var pagesPerSecond = seconds == 0 ? 0 : predictions.Count / seconds;
            // Invariant digits so the figures read (and diff) like score.py's on any machine.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind}: pages {predictions.Count}  errors {errorCount}  precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}  " +
                $"authors exact {score.AuthorsOk}/{score.AuthorsTotal} = {score.AuthorRate:F3}  {pagesPerSecond:F0} pages/s"));
            if (annotations is not null)
            {
                var fields = ScoreFields(annotations, predictions);
                output.WriteLine($"  annotated {fields.Pages}: headline {Rate(fields.HeadlineOk, fields.Pages)}  " +
                                 $"published {Rate(fields.PublishedOk, fields.Pages)}  dateline {Rate(fields.DatelineOk, fields.Pages)}, " +
                                 $"of the {fields.DatelinesPrinted} printed {fields.DatelinesPrintedOk}");
                if (verbose)
                    foreach (var miss in fields.Misses)
                        output.WriteLine($"    miss {miss.Field,-9} {miss.Id}  gold {Quote(miss.Gold)}  got {Quote(miss.Got)}");
            }
            output.WriteLine($"  predictions: {predictionsPath}");
        }
        return any ? CommandLine.Success : CommandLine.NothingProcessed;
    }

    private static string Rate(int ok, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? 0 : ok / (double)total):F3} ({ok}/{total})");

    private static string Quote(string? s) => s is null ? "null" : "\"" + s + "\"";

    // ---- data -------------------------------------------------------------------------------------

    /// <summary>One page of expected.json: snippets of the body, boilerplate snippets, the author(s) as named.</summary>
    public sealed record Expectation(string[] With, string[] Without, string[]? Authors);

    /// <summary>One page of the hand-made annotations; <see cref="Published"/> is the printed local date.</summary>
    public sealed record Annotation(string Headline, DateOnly? Published, string? Dateline);

    /// <summary>What the extractor returned for one page (body empty and Error set when it failed).</summary>
    public sealed record Prediction(string Body, IReadOnlyList<string> Authors, string? Headline, PrintedTime? Published, string? Dateline, string? Error)
    {
        public static Prediction From(ExtractionResult result)
        {
            var a = result.Article;
            return new Prediction(a?.Body ?? "", a?.Authors ?? [], a?.Headline, a?.Published, a?.Dateline, result.Error);
        }
    }

    /// <summary>Snippet counts over all pages, and author matches, as score.py counts them.</summary>
    public sealed record SnippetScore(int Tp, int Fp, int Fn, int Tn, int Missing, int AuthorsOk, int AuthorsTotal)
    {
        public double Precision => Tp + Fp == 0 ? 0 : Tp / (double)(Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 0 : Tp / (double)(Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double AuthorRate => AuthorsTotal == 0 ? 0 : AuthorsOk / (double)AuthorsTotal;
    }

    public sealed record FieldMiss(string Id, string Field, string? Gold, string? Got);

    /// <summary>
    /// Field accuracies over the annotated pages of one folder. Most pages print no dateline, so besides the
    /// accuracy (null matching null) the pages that do print one are counted apart.
    /// </summary>
    public sealed record FieldScore(int Pages, int HeadlineOk, int PublishedOk, int DatelineOk, int DatelinesPrinted, int DatelinesPrintedOk, IReadOnlyList<FieldMiss> Misses);

    // ---- loading ----------------------------------------------------------------------------------

    public static Dictionary<string, Expectation> LoadExpected(string path) => ParseExpected(File.ReadAllText(path));

    internal static Dictionary<string, Expectation> ParseExpected(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new Dictionary<string, Expectation>();
        foreach (var page in doc.RootElement.EnumerateObject())
        {
            string[] Strings(string name) => page.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
            var authors = page.Value.TryGetProperty("author", out var a) ? GoldAuthors(a) : null;
            result[page.Name] = new Expectation(Strings("with"), Strings("without"), authors);
        }
        return result;
    }

    /// <summary>
    /// The gold authors of a page as score.py reads them: a list as is, a string split on ';' (so
    /// "A; B" is two people), and null when absent or empty, which leaves the page out of author scoring.
    /// </summary>
    internal static string[]? GoldAuthors(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.Array when author.GetArrayLength() > 0 => author.EnumerateArray().Select(x => x.GetString() ?? "").ToArray(),
        JsonValueKind.String when !string.IsNullOrEmpty(author.GetString()) => author.GetString()!.Split(';'),
        _ => null,
    };

    internal static Dictionary<string, Annotation> ParseAnnotations(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new Dictionary<string, Annotation>();
        foreach (var page in doc.RootElement.EnumerateObject())
        {
            string? Text(string name) => page.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var published = Text("published");
            // Only the calendar date is scored; a printed time of day ("2023-01-16T16:30") is kept for readers.
            DateOnly? date = published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : published is null ? null : throw new FormatException($"annotation {page.Name}: published '{published}' is not YYYY-MM-DD");
            result[page.Name] = new Annotation(Text("headline") ?? "", date, Text("dateline"));
        }
        return result;
    }

    // ---- predicting -------------------------------------------------------------------------------

    private static Dictionary<string, Prediction> PredictFolder(IEnumerable<string> ids, string folder, string ext)
    {
        var predictions = new Dictionary<string, Prediction>();
        foreach (var id in ids)
        {
            var file = Path.Combine(folder, id + ext);
            if (File.Exists(file))
                predictions[id] = Prediction.From(ArticleExtractor.Extract(File.ReadAllBytes(file), file));
        }
        return predictions;
    }

    /// <summary>JSON lines that score.py reads (id, body, authors), plus the fields scored against annotations.</summary>
    private static void WritePredictions(Dictionary<string, Prediction> predictions, string path)
    {
        using var output = File.Create(path);
        foreach (var (id, p) in predictions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            using (var w = new Utf8JsonWriter(output, ExtractCommand.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("body", p.Body);
                w.WriteStartArray("authors");
                foreach (var author in p.Authors)
                    w.WriteStringValue(author);
                w.WriteEndArray();
                w.WriteString("headline", p.Headline);
                w.WriteString("published", p.Published?.ToIso());
                w.WriteString("dateline", p.Dateline);
                w.WriteString("error", p.Error);
                w.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
    }

    // ---- scoring: snippets and authors (must stay identical to score.py) ----------------------------

    internal static SnippetScore ScoreSnippets(IReadOnlyDictionary<string, Expectation> expected, IReadOnlyDictionary<string, Prediction> predictions)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0, missing = 0, authorsOk = 0, authorsTotal = 0;
        foreach (var (id, item) in expected)
        {
            // As score.py: a page with no prediction counts as an empty body and is left out of author scoring.
            var found = predictions.TryGetValue(id, out var pred);
            if (!found)
                missing++;
            var page = ScorePage(item, pred?.Body ?? "");
            tp += page.Tp;
            fp += page.Fp;
            fn += page.Fn;
            tn += page.Tn;
            if (item.Authors is { Length: > 0 } gold && pred is not null)
            {
                authorsTotal++;
                if (AuthorsMatch(gold, pred.Authors))
                    authorsOk++;
            }
        }
        return new SnippetScore(tp, fp, fn, tn, missing, authorsOk, authorsTotal);
    }

    /// <summary>One page's snippet counts: a snippet is in the body when its normalised text is a substring of the normalised body.</summary>
    internal static (int Tp, int Fp, int Fn, int Tn) ScorePage(Expectation item, string body)
    {
        var text = Normalize(body);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var s in item.With)
            if (text.Contains(Normalize(s), StringComparison.Ordinal)) tp++; else fn++;
        foreach (var s in item.Without)
            if (text.Contains(Normalize(s), StringComparison.Ordinal)) fp++; else tn++;
        return (tp, fp, fn, tn);
    }

    /// <summary>score.py's author test: the sets of normalised, lower-cased names are equal (order and repeats do not matter).</summary>
    internal static bool AuthorsMatch(IEnumerable<string> gold, IEnumerable<string> got) =>
        gold.Select(g => Normalize(g).ToLowerInvariant()).ToHashSet()
            .SetEquals(got.Select(g => Normalize(g).ToLowerInvariant()));

    /// <summary>
    /// score.py's norm(): runs of whitespace become one space, then trim. Python's <c>\s</c> also matches the
    /// information separators U+001C..U+001F, which .NET's does not, so they are listed to keep the numbers equal.
    /// </summary>
    internal static string Normalize(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"[\s\x1C-\x1F]+")]
    private static partial Regex Whitespace();

    // ---- scoring: headline, published date, dateline ------------------------------------------------

    internal static FieldScore ScoreFields(IReadOnlyDictionary<string, Annotation> annotations, IReadOnlyDictionary<string, Prediction> predictions)
    {
        int pages = 0, headlineOk = 0, publishedOk = 0, datelineOk = 0, datelinesPrinted = 0, datelinesPrintedOk = 0;
        var misses = new List<FieldMiss>();
        foreach (var (id, gold) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            // A page missing from this folder is not scored here; one that failed to extract scores as all misses.
            if (!predictions.TryGetValue(id, out var got))
                continue;
            pages++;
            if (HeadlineMatches(gold.Headline, got.Headline)) headlineOk++;
            else misses.Add(new FieldMiss(id, "headline", gold.Headline, got.Headline));
            if (PublishedMatches(gold.Published, got.Published)) publishedOk++;
            else misses.Add(new FieldMiss(id, "published", gold.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), got.Published?.ToIso()));
            var datelineMatches = DatelineMatches(gold.Dateline, got.Dateline);
            if (datelineMatches) datelineOk++;
            else misses.Add(new FieldMiss(id, "dateline", gold.Dateline, got.Dateline));
            if (!string.IsNullOrWhiteSpace(gold.Dateline))
            {
                datelinesPrinted++;
                if (datelineMatches) datelinesPrintedOk++;
            }
        }
        return new FieldScore(pages, headlineOk, publishedOk, datelineOk, datelinesPrinted, datelinesPrintedOk, misses);
    }

    internal static bool HeadlineMatches(string gold, string? got) =>
        got is not null && NormalizeHeadline(gold) == NormalizeHeadline(got);

    /// <summary>Same calendar date as printed; a missing date matches only a missing date.</summary>
    internal static bool PublishedMatches(DateOnly? gold, PrintedTime? got) => gold == got?.Date;

    /// <summary>Case-insensitive after the headline normalisation; null (or blank) matches only null.</summary>
    internal static bool DatelineMatches(string? gold, string? got)
    {
        var g = string.IsNullOrWhiteSpace(gold) ? null : NormalizeHeadline(gold);
        var p = string.IsNullOrWhiteSpace(got) ? null : NormalizeHeadline(got);
        return g == p;
    }

    /// <summary>
    /// Headline comparison key: whitespace runs to one space, lower case, curly quotes and the dash family to
    /// their ASCII forms, and trailing sentence punctuation dropped. These differ between a page's markup,
    /// its metadata and its text dump without the headline being a different one.
    /// </summary>
    internal static string NormalizeHeadline(string s)
    {
        var text = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormC))
            text.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        var normal = Normalize(text.ToString());
        return normal.TrimEnd('.', ',', ';', ':', '!', '?', '\u2026', ' ');
    }
}
