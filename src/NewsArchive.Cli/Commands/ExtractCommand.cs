using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive extract [--format jsonl|json] PATH...</c>: one JSON object per input page on stdout.</summary>
public static class ExtractCommand
{
    public const string Usage = "extract [--format jsonl|json] PATH...";

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var (pretty, paths) = JsonOutputArguments.Parse(args, "give at least one file, folder or .zip");

        await using var stdout = Console.OpenStandardOutput();
        int total = 0, extracted = 0;
        foreach (var page in InputPages.Expand(paths))
        {
            total++;
            var result = page.Bytes is null
                ? ExtractionResult.Fail(page.Error ?? "Could not read the input.")
                : ArticleExtractor.Extract(page.Bytes, page.Name);
            if (result.Succeeded)
                extracted++;
            else
                Console.Error.WriteLine($"{page.Name}: {result.Error}");
            using (var writer = new Utf8JsonWriter(stdout, WriterOptions with { Indented = pretty }))
                WriteArticle(writer, page.Name, page.Bytes, result);
            stdout.WriteByte((byte)'\n');
        }
        await stdout.FlushAsync();
        return extracted == 0 && total > 0 ? CommandLine.NothingProcessed : CommandLine.Success;
    }

    internal static void WriteArticle(Utf8JsonWriter w, string file, byte[]? bytes, ExtractionResult result)
    {
        var a = result.Article;
        var format = a?.Format ?? (bytes is not null && FormatDetector.LooksLikeHtml(PageDecoder.Decode(bytes).Text ?? "", file) ? PageFormat.Html : PageFormat.Text);
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("format", format == PageFormat.Html ? "html" : "text");
        w.WriteString("headline", a?.Headline);
        WriteStrings(w, "authors", a?.Authors ?? []);
        w.WriteString("agency", a?.Agency);
        w.WriteString("dateline", a?.Dateline);
        w.WriteString("published", a?.Published?.ToIso());
        w.WriteString("updated", a?.Updated?.ToIso());
        w.WriteString("body", a?.Body);
        WriteStrings(w, "captions", a?.Captions ?? []);
        w.WriteString("url", a?.Url);
        w.WriteString("site", a?.Site);
        w.WriteString("language", a?.Language);
        WriteStrings(w, "persons", a?.Persons.Where(p => !p.IsAuthor || p.Count > 0).Select(p => p.Canonical) ?? []);
        WriteStrings(w, "places", a?.Places.Select(p => p.Canonical) ?? []);
        w.WriteString("error", result.Error);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
