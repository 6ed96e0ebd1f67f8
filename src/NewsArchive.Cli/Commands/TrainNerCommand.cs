using System.Diagnostics;
using NewsArchive.Core.Entities;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive train-ner</c>: rebuilds the gazetteer files and the tagger from the source data.
/// The same inputs and seed give byte-identical files.
/// </summary>
public static class TrainNerCommand
{
    public const string Usage = "train-ner --train FILE --geonames DIR --names DIR --out DIR [--dev FILE] [--epochs N] [--seed N]";

    public static Task<int> RunAsync(string[] args)
    {
        string? train = null, dev = null, geonames = null, names = null, output = null;
        var epochs = 16;
        ulong seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--train": train = Value(); break;
                case "--dev": dev = Value(); break;
                case "--geonames": geonames = Value(); break;
                case "--names": names = Value(); break;
                case "--out": output = Value(); break;
                case "--epochs": epochs = int.TryParse(Value(), out var e) && e > 0 ? e : throw new UsageException("--epochs needs a positive number"); break;
                case "--seed": seed = ulong.TryParse(Value(), out var s) ? s : throw new UsageException("--seed needs a number"); break;
                default: throw new UsageException($"unknown argument '{args[i]}'");
            }
        }
        if (train is null || geonames is null || names is null || output is null)
            throw new UsageException("--train, --geonames, --names and --out are required");

        var clock = Stopwatch.StartNew();
        GazetteerBuilder.Build(geonames, names, output);
        var gazetteer = Gazetteer.LoadDirectory(output);
        Console.Error.WriteLine($"gazetteers written to {output} ({clock.ElapsedMilliseconds} ms)");

        var sentences = Conll.Read(train);
        var modelPath = Path.Combine(output, NerModel.FileName);
        using (var file = File.Create(modelPath))
            NerTrainer.Train(sentences, gazetteer, file, epochs, seed, m => Console.Error.WriteLine(m));
        Console.Error.WriteLine($"model written to {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F1} s)");

        if (dev is not null)
        {
            var recognizer = EntityRecognizer.FromDirectory(output);
            EvalNerCommand.Score(recognizer, Conll.Read(dev)).Print(Console.Out);
        }
        return Task.FromResult(CommandLine.Success);
    }
}
