using NewsArchive.Core.Entities;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive eval-ner FILE.conll</c>: tags each sentence with the shipped model (or one from
/// <c>--model DIR</c>) and prints entity-level precision, recall and F1 per type (conlleval rules).
/// </summary>
public static class EvalNerCommand
{
    public const string Usage = "eval-ner [--model DIR] [--errors TYPE] FILE.conll";

    public static Task<int> RunAsync(string[] args)
    {
        string? file = null, model = null, errors = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--model")
                model = i + 1 < args.Length ? args[++i] : throw new UsageException("--model needs a folder");
            else if (args[i] == "--errors")
                errors = i + 1 < args.Length ? args[++i] : throw new UsageException("--errors needs an entity type, e.g. PER");
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
        Score(recognizer, sentences, errors).Print(Console.Out);
        return Task.FromResult(sentences.Count == 0 ? CommandLine.NothingProcessed : CommandLine.Success);
    }

    internal static ConllScore Score(EntityRecognizer recognizer, IEnumerable<ConllSentence> sentences, string? showErrors = null)
    {
        var score = new ConllScore();
        // The file is read as running text: the tagger remembers its last 1,000 tokens, as within an article,
        // and forgets at each -DOCSTART- (files without those lines are one long text).
        var history = new PredictionHistory();
        foreach (var s in sentences)
        {
            if (s.StartsDocument)
                history.Clear();
            var predicted = recognizer.TagWords(s.Words, history);
            score.Add(s.Tags, predicted);
            if (showErrors is not null)
                PrintErrors(s, predicted, showErrors);
        }
        return score;
    }

    // For tuning: each missed (-) or spurious (+) entity of one type, with its sentence.
    private static void PrintErrors(ConllSentence s, string[] predicted, string type)
    {
        var gold = Conll.Chunks(s.Tags).Where(c => c.Type == type).ToHashSet();
        var guess = Conll.Chunks(predicted).Where(c => c.Type == type).ToHashSet();
        string Words((int Start, int End, string Type) c) => string.Join(' ', s.Words[c.Start..c.End]);
        foreach (var c in gold.Except(guess))
        {
            var other = Conll.Chunks(predicted).FirstOrDefault(p => p.Start < c.End && c.Start < p.End);
            Console.Out.WriteLine($"- {Words(c)} (as {(other.Type is null ? "O" : Words(other) + "/" + other.Type)}) | {string.Join(' ', s.Words)}");
        }
        foreach (var c in guess.Except(gold))
        {
            var other = Conll.Chunks(s.Tags).FirstOrDefault(p => p.Start < c.End && c.Start < p.End);
            Console.Out.WriteLine($"+ {Words(c)} (gold {(other.Type is null ? "O" : Words(other) + "/" + other.Type)}) | {string.Join(' ', s.Words)}");
        }
    }
}
