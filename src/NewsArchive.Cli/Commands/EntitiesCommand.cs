using System.Text.Json;
using NewsArchive.Core.Entities;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive entities [--format jsonl|json] PATH...</c>: for each plain-text file, the people and
/// places it names, as spans with character offsets (UTF-16, into the decoded text) and canonical names.
/// </summary>
public static class EntitiesCommand
{
    public const string Usage = "entities [--format jsonl|json] PATH...";

    public static async Task<int> RunAsync(string[] args)
    {
        await using var stdout = Console.OpenStandardOutput();
        return await RunAsync(args, stdout);
    }

    internal static async Task<int> RunAsync(string[] args, Stream stdout)
    {
        var (pretty, paths) = JsonOutputArguments.Parse(args, "give at least one text file or folder");

        int total = 0, done = 0;
        foreach (var page in InputPages.Expand(paths))
        {
            total++;
            var decoded = page.Bytes is null ? null : PageDecoder.Decode(page.Bytes);
            var error = page.Error ?? decoded?.Error;
            using (var writer = new Utf8JsonWriter(stdout, ExtractCommand.WriterOptions with { Indented = pretty }))
            {
                writer.WriteStartObject();
                writer.WriteString("file", page.Name);
                if (decoded?.Text is { } text && error is null)
                {
                    Write(writer, EntityRecognizer.Shared.Analyze([text]));
                    done++;
                }
                else
                    Console.Error.WriteLine($"{page.Name}: {error}");
                writer.WriteString("error", error);
                writer.WriteEndObject();
            }
            stdout.WriteByte((byte)'\n');
        }
        await stdout.FlushAsync();
        return done == 0 && total > 0 ? CommandLine.NothingProcessed : CommandLine.Success;
    }

    private static void Write(Utf8JsonWriter w, EntityAnalysis analysis)
    {
        w.WriteStartArray("spans");
        foreach (var s in analysis.Spans)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Span.Start);
            w.WriteNumber("end", s.Span.End);
            w.WriteString("kind", s.Span.Kind == EntityKind.Person ? "person" : "place");
            w.WriteString("text", s.Span.Text);
            w.WriteString("canonical", s.Entity.Canonical);
            if (s.Span.Kind == EntityKind.Place)
                WritePlace(w, s.Entity);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("persons");
        foreach (var p in analysis.Persons)
        {
            w.WriteStartObject();
            w.WriteString("canonical", p.Canonical);
            w.WriteNumber("count", p.Count);
            WriteAliases(w, p);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("places");
        foreach (var p in analysis.Places)
        {
            w.WriteStartObject();
            w.WriteString("canonical", p.Canonical);
            w.WriteNumber("count", p.Count);
            WritePlace(w, p);
            WriteAliases(w, p);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter w, EntityMention place)
    {
        w.WriteString("country", place.CountryCode);
        w.WriteString("admin1", place.Admin1);
        if (place.GeoNameId is { } id)
            w.WriteNumber("geonameid", id);
        else
            w.WriteNull("geonameid");
        if (place.Latitude is { } lat && place.Longitude is { } lon)
        {
            w.WriteNumber("lat", lat);
            w.WriteNumber("lon", lon);
        }
        else
        {
            w.WriteNull("lat");
            w.WriteNull("lon");
        }
    }

    private static void WriteAliases(Utf8JsonWriter w, EntityMention m)
    {
        w.WriteStartArray("aliases");
        foreach (var a in m.Aliases)
            w.WriteStringValue(a);
        w.WriteEndArray();
    }
}
