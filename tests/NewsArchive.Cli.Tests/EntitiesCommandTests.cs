using System.Text.Json;
using NewsArchive.Cli.Commands;

namespace NewsArchive.Cli.Tests;

public sealed class EntitiesCommandTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "na-entities-" + Guid.NewGuid().ToString("N") + ".txt");

    public void Dispose() => File.Delete(file);

    [Fact]
    public async Task Prints_spans_with_offsets_canonical_names_and_coordinates()
    {
        var text = "Russian President Vladimir Putin met officials in Aarhus, Denmark. Putin left on Friday.";
        await File.WriteAllTextAsync(file, text);
        using var output = new MemoryStream();
        Assert.Equal(0, await EntitiesCommand.RunAsync([file], output));
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var doc = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(file, doc.RootElement.GetProperty("file").GetString());
        var spans = doc.RootElement.GetProperty("spans").EnumerateArray().ToList();
        var putin = spans.Where(s => s.GetProperty("canonical").GetString() == "Vladimir Putin").ToList();
        Assert.Equal(2, putin.Count);
        foreach (var s in spans)
            Assert.Equal(s.GetProperty("text").GetString(), text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
        var aarhus = spans.Single(s => s.GetProperty("text").GetString() == "Aarhus");
        Assert.Equal("DK", aarhus.GetProperty("country").GetString());
        Assert.InRange(aarhus.GetProperty("lat").GetDouble(), 55.9, 56.4);
    }
}
