using System.Text.Json;
using NewsArchive.Cli.Commands;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Tests;

/// <summary>Runs <c>eval</c> end to end over a two-page folder written here (no dev data).</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsarchive-eval-test-").FullName;
    private string Data => Path.Combine(_root, "data");
    private string Out => Path.Combine(_root, "out");
    private string AnnotationsFile => Path.Combine(_root, "annotations.json");

    public EvalCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(Data, "html"));
        Directory.CreateDirectory(Path.Combine(Data, "dumps"));
        File.WriteAllText(Path.Combine(Data, "html", "p1.html"), """
            <!doctype html><html lang="en"><head><title>Ferry service resumes | The Harbour Post</title>
            <meta property="article:published_time" content="2024-03-01T09:15:00-05:00"></head>
            <body><nav>Home | News | Sport</nav><article><h1>Ferry service resumes after storm</h1>
            <p class="byline">By Ann Lee</p><time datetime="2024-03-01T09:15:00-05:00">March 1, 2024</time>
            <p>PORTLAND — The island ferry sailed again on Friday morning after three days in port.</p>
            <p>Crews checked the ramps before the first crossing.</p></article>
            <footer>Subscribe now</footer></body></html>
            """);
        File.WriteAllText(Path.Combine(Data, "dumps", "p1.txt"), """
            Home
            News
            Ferry service resumes after storm
            By Ann Lee
            March 1, 2024

            PORTLAND — The island ferry sailed again on Friday morning after three days in port.

            Crews checked the ramps before the first crossing.

            Subscribe now
            """);
        File.WriteAllText(Path.Combine(Data, "html", "p2.html"), """
            <!doctype html><html lang="de"><head><title>Stadtrat beschließt Radweg</title></head>
            <body><h1>Stadtrat beschließt neuen Radweg</h1><p>Veröffentlicht am 2. März 2024</p>
            <p>Der Stadtrat hat am Donnerstag den Bau eines neuen Radwegs entlang des Flusses beschlossen.</p>
            <p>Impressum</p></body></html>
            """);
        File.WriteAllText(Path.Combine(Data, "dumps", "p2.txt"), """
            Stadtrat beschließt neuen Radweg
            Veröffentlicht am 2. März 2024

            Der Stadtrat hat am Donnerstag den Bau eines neuen Radwegs entlang des Flusses beschlossen.

            Impressum
            """);
        File.WriteAllText(Path.Combine(Data, "expected.json"), """
            { "p1": { "url": "https://example.org/ferry", "with": ["The island ferry sailed again", "checked the ramps"],
                      "without": ["Subscribe now"], "author": "Ann Lee" },
              "p2": { "url": "https://example.org/radweg", "with": ["den Bau eines neuen Radwegs"], "without": ["Impressum"] } }
            """);
        File.WriteAllText(AnnotationsFile, """
            { "p1": { "headline": "Ferry service resumes after storm", "published": "2024-03-01T09:15", "dateline": "PORTLAND" },
              "p2": { "headline": "Stadtrat beschließt neuen Radweg", "published": "2024-03-02", "dateline": null } }
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = EvalCommand.Run(args, output, new StringWriter());
        return (code, output.ToString());
    }

    [Fact]
    public void Scores_both_formats_and_prints_what_the_written_predictions_score()
    {
        var (code, output) = Run(Data, "--out", Out, "--annotations", AnnotationsFile, "--verbose");

        Assert.Equal(CommandLine.Success, code);
        var expected = EvalCommand.ParseExpected(File.ReadAllText(Path.Combine(Data, "expected.json")));
        var annotations = EvalCommand.ParseAnnotations(File.ReadAllText(AnnotationsFile));
        foreach (var (kind, sub) in new[] { ("HTML", "html"), ("text dumps", "dumps") })
        {
            // Whatever the extractor finds, the printed figures must be those of the predictions it wrote.
            var predictions = ReadPredictions(Path.Combine(Out, sub + "-predictions.jsonl"));
            Assert.Equal(["p1", "p2"], predictions.Keys.Order());
            var snippets = EvalCommand.ScoreSnippets(expected, predictions);
            var fields = EvalCommand.ScoreFields(annotations, predictions);
            var block = output[output.IndexOf(kind + ": ", StringComparison.Ordinal)..];
            Assert.StartsWith($"{kind}: pages 2  ", block);
            Assert.Contains(FormattableString.Invariant($"F1 {snippets.F1:F3}  authors exact {snippets.AuthorsOk}/1 ="), block);
            Assert.Contains(FormattableString.Invariant($"  annotated 2: headline {fields.HeadlineOk / 2.0:F3} ({fields.HeadlineOk}/2)  ") +
                            FormattableString.Invariant($"published {fields.PublishedOk / 2.0:F3} ({fields.PublishedOk}/2)  dateline {fields.DatelineOk / 2.0:F3} ({fields.DatelineOk}/2), of the 1 printed {fields.DatelinesPrintedOk}"), block);
            var firstMiss = fields.Misses.FirstOrDefault();
            if (firstMiss is not null)
                Assert.Contains($"miss {firstMiss.Field,-9} {firstMiss.Id}  gold", block);
        }
        var misses = output.Split('\n').Count(l => l.TrimStart().StartsWith("miss ", StringComparison.Ordinal));
        Assert.Equal(CountMisses(annotations), misses);
    }

    [Fact]
    public void Without_annotations_prints_no_field_scores()
    {
        var (code, output) = Run(Data, "--out", Out);

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("HTML: pages 2", output);
        Assert.DoesNotContain("annotated", output);
    }

    [Fact]
    public void Missing_inputs_and_bad_options_are_reported()
    {
        Assert.Equal(CommandLine.NothingProcessed, Run(_root, "--out", Out).Code);
        Assert.Equal(CommandLine.NothingProcessed, Run(Data, "--out", Out, "--annotations", Path.Combine(_root, "none.json")).Code);
        Assert.Throws<UsageException>(() => Run(Data, "--annotations"));
        Assert.Throws<UsageException>(() => Run(Data, "--bogus"));
    }

    private int CountMisses(Dictionary<string, EvalCommand.Annotation> annotations) =>
        new[] { "html", "dumps" }.Sum(sub => EvalCommand.ScoreFields(annotations, ReadPredictions(Path.Combine(Out, sub + "-predictions.jsonl"))).Misses.Count);

    private static Dictionary<string, EvalCommand.Prediction> ReadPredictions(string path)
    {
        var result = new Dictionary<string, EvalCommand.Prediction>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            string? Text(string name) => row.GetProperty(name).GetString();
            PrintedTime? published = PrintedTime.TryParseIso(Text("published"), out var t) ? t : null;
            result[Text("id")!] = new EvalCommand.Prediction(Text("body")!, row.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList(),
                Text("headline"), published, Text("dateline"), Text("error"));
        }
        return result;
    }
}
