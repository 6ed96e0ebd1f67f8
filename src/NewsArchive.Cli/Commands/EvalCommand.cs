using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive eval DIR [--out FOLDER]</c>: scores the extractor on a folder laid out like the dev set
/// (<c>html/</c>, <c>dumps/</c>, <c>expected.json</c>) with the snippet method of the reference
/// <c>score.py</c>, separately for HTML pages and text dumps, and writes per-page predictions as JSON lines.
/// </summary>
public static partial class EvalCommand
{
    public const string Usage = "eval DIR [--out FOLDER]";

    public static Task<int> RunAsync(string[] args)
    {
        string? dir = null, outDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out")
                outDir = i + 1 < args.Length ? args[++i] : throw new UsageException("--out needs a folder");
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
            Console.Error.WriteLine($"newsarchive eval: {expectedPath} not found");
            return Task.FromResult(CommandLine.NothingProcessed);
        }
        outDir ??= Path.Combine(Path.GetTempPath(), "newsarchive-eval");
        Directory.CreateDirectory(outDir);
        var expected = LoadExpected(expectedPath);

        var any = false;
        foreach (var (kind, sub, ext) in new[] { ("HTML", "html", ".html"), ("text dumps", "dumps", ".txt") })
        {
            var folder = Path.Combine(dir, sub);
            if (!Directory.Exists(folder))
                continue;
            any = true;
            var predictionsPath = Path.Combine(outDir, sub + "-predictions.jsonl");
            var score = ScoreFolder(expected, folder, ext, predictionsPath);
            Console.WriteLine($"{kind}: pages {score.Pages}  errors {score.Errors}  precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}  " +
                              $"authors exact {score.AuthorsOk}/{score.AuthorsTotal} = {score.AuthorRate:F3}  {score.PagesPerSecond:F0} pages/s");
            Console.WriteLine($"  predictions: {predictionsPath}");
        }
        return Task.FromResult(any ? CommandLine.Success : CommandLine.NothingProcessed);
    }

    public sealed record Expectation(string[] With, string[] Without, string[]? Authors);

    public sealed record Score(int Pages, int Errors, int Tp, int Fp, int Fn, int AuthorsOk, int AuthorsTotal, double Seconds)
    {
        public double Precision => Tp + Fp == 0 ? 0 : Tp / (double)(Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 0 : Tp / (double)(Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double AuthorRate => AuthorsTotal == 0 ? 0 : AuthorsOk / (double)AuthorsTotal;
        public double PagesPerSecond => Seconds == 0 ? 0 : Pages / Seconds;
    }

    public static Dictionary<string, Expectation> LoadExpected(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, Expectation>();
        foreach (var page in doc.RootElement.EnumerateObject())
        {
            string[] Strings(string name) => page.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
            string[]? authors = null;
            if (page.Value.TryGetProperty("author", out var a))
                authors = a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
                    : a.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(a.GetString()) ? a.GetString()!.Split(';') : null;
            result[page.Name] = new Expectation(Strings("with"), Strings("without"), authors);
        }
        return result;
    }

    private static Score ScoreFolder(Dictionary<string, Expectation> expected, string folder, string ext, string predictionsPath)
    {
        var predictions = new Dictionary<string, (string Body, IReadOnlyList<string> Authors)>();
        var errors = 0;
        var watch = Stopwatch.StartNew();
        using (var output = File.Create(predictionsPath))
        {
            foreach (var id in expected.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                var file = Path.Combine(folder, id + ext);
                if (!File.Exists(file))
                    continue;
                var result = ArticleExtractor.Extract(File.ReadAllBytes(file), file);
                if (!result.Succeeded)
                    errors++;
                var body = result.Article?.Body ?? "";
                var authors = result.Article?.Authors ?? [];
                predictions[id] = (body, authors);
                using var w = new Utf8JsonWriter(output, ExtractCommand.WriterOptions);
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("body", body);
                w.WriteStartArray("authors");
                foreach (var author in authors)
                    w.WriteStringValue(author);
                w.WriteEndArray();
                w.WriteString("headline", result.Article?.Headline);
                w.WriteString("published", result.Article?.Published?.ToIso());
                w.WriteString("error", result.Error);
                w.WriteEndObject();
                w.Flush();
                output.WriteByte((byte)'\n');
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        int tp = 0, fp = 0, fn = 0, authorsOk = 0, authorsTotal = 0;
        foreach (var (id, item) in expected)
        {
            // Same as score.py: a page with no prediction counts as an empty body.
            predictions.TryGetValue(id, out var pred);
            var body = Normalize(pred.Body ?? "");
            foreach (var s in item.With)
                if (body.Contains(Normalize(s), StringComparison.Ordinal)) tp++; else fn++;
            foreach (var s in item.Without)
                if (body.Contains(Normalize(s), StringComparison.Ordinal)) fp++;
            if (item.Authors is { Length: > 0 } gold && pred.Body is not null)
            {
                authorsTotal++;
                var goldSet = gold.Select(g => Normalize(g).ToLowerInvariant()).ToHashSet();
                var got = pred.Authors.Select(g => Normalize(g).ToLowerInvariant()).ToHashSet();
                if (goldSet.SetEquals(got))
                    authorsOk++;
            }
        }
        return new Score(predictions.Count, errors, tp, fp, fn, authorsOk, authorsTotal, seconds);
    }

    // score.py's norm(): runs of whitespace become one space, then trim.
    internal static string Normalize(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
