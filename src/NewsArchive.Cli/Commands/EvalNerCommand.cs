using NewsArchive.Core.Entities;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive eval-ner FILE.conll</c>: tags each sentence with the shipped model (or one from
/// <c>--model DIR</c>) and prints entity-level precision, recall and F1 per type (conlleval rules).
/// </summary>
public static class EvalNerCommand
{
    public const string Usage = "eval-ner [--model DIR] FILE.conll";

    public static Task<int> RunAsync(string[] args)
    {
        string? file = null, model = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--model")
                model = i + 1 < args.Length ? args[++i] : throw new UsageException("--model needs a folder");
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{args[i]}'");
            else
                file = file is null ? args[i] : throw new UsageException("give one CoNLL file");
        }
        if (file is null)
            throw new UsageException("give a CoNLL file");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"newsarchive eval-ner: {file} does not exist");
            return Task.FromResult(CommandLine.NothingProcessed);
        }
        var recognizer = model is null ? EntityRecognizer.Shared : EntityRecognizer.FromDirectory(model);
        List<ConllSentence> sentences;
        try
        {
            sentences = Conll.Read(file);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"newsarchive eval-ner: {e.Message}");
            return Task.FromResult(CommandLine.NothingProcessed);
        }
        Score(recognizer, sentences).Print(Console.Out);
        return Task.FromResult(sentences.Count == 0 ? CommandLine.NothingProcessed : CommandLine.Success);
    }

    internal static ConllScore Score(EntityRecognizer recognizer, IEnumerable<ConllSentence> sentences)
    {
        var score = new ConllScore();
        foreach (var s in sentences)
            score.Add(s.Tags, recognizer.TagWords(s.Words));
        return score;
    }
}
