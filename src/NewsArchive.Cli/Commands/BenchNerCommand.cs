using System.Diagnostics;
using System.Globalization;
using NewsArchive.Core.Entities;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive bench ner [FILE...]</c>: prints the model and gazetteer load time and memory, then the
/// recognition + normalisation speed in milliseconds per 1,000 words over the given plain-text files (or
/// a built-in sample text when none are given).
/// </summary>
public static class BenchNerCommand
{
    public const string Usage = "bench ner [--rounds N] [FILE...]";

    private const string Sample =
        "MOSCOW (AP) — Russian President Vladimir Putin spoke with U.S. President Donald Trump on Thursday, " +
        "the Kremlin said. Ukrainian President Volodymyr Zelenskyy, speaking in Aarhus, Denmark, said Kyiv " +
        "wanted talks in Turkey. Putin's adviser Yuri Ushakov told reporters in Moscow that the leaders " +
        "discussed Iran, Syria and the war in Ukraine. French President Emmanuel Macron called from Paris.";

    public static Task<int> RunAsync(string[] args)
    {
        var rounds = 20;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds")
                rounds = i + 1 < args.Length && int.TryParse(args[++i], out var r) && r > 0 ? r : throw new UsageException("--rounds needs a positive number");
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{args[i]}'");
            else
                files.Add(args[i]);
        }
        var texts = new List<string>();
        foreach (var page in InputPages.Expand(files))
        {
            if (page.Bytes is not null && PageDecoder.Decode(page.Bytes).Text is { } text)
                texts.Add(text);
        }
        if (files.Count > 0 && texts.Count == 0)
        {
            Console.Error.WriteLine("newsarchive bench ner: none of the files could be read");
            return Task.FromResult(CommandLine.NothingProcessed);
        }
        if (texts.Count == 0)
            texts.Add(Sample);

        var inv = CultureInfo.InvariantCulture;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var recognizer = EntityRecognizer.Shared;
        var loadMs = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var loadCpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var managed = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024);
        var workingSet = Environment.WorkingSet / (1024.0 * 1024);
        // CPU time is printed beside wall time: on a shared machine the wall clock also measures the neighbours.
        Console.WriteLine(string.Format(inv, "load: {0:F0} ms wall, {1:F0} ms CPU; model + gazetteer {2:F1} MB managed, process working set {3:F0} MB, {4} model features",
            loadMs, loadCpuMs, managed, workingSet, recognizer.Model.FeatureCount));

        var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        // Warm-up until the JIT has compiled the hot paths fully (tiered compilation starts with slow code).
        clock.Restart();
        for (var warm = 0; warm < 500 && clock.ElapsedMilliseconds < 15_000; warm++)
        {
            foreach (var t in texts)
                recognizer.Analyze([t]);
        }
        process.Refresh();
        cpu = process.TotalProcessorTime;
        clock.Restart();
        var spans = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var t in texts)
                spans += recognizer.Analyze([t]).Spans.Count;
        }
        var ms = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(string.Format(inv, "recognition + normalisation: {0:F2} ms wall, {1:F2} ms CPU per 1,000 words ({2} texts, {3} words, {4} rounds, {5} spans per round)",
            ms / rounds / words * 1000, cpuMs / rounds / words * 1000, texts.Count, words, rounds, spans / rounds));
        return Task.FromResult(CommandLine.Success);
    }
}
