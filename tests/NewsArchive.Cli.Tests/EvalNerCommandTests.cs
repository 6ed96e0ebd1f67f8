using NewsArchive.Cli.Commands;

namespace NewsArchive.Cli.Tests;

// Console output is process-wide: these tests must not run beside others that redirect it.
[Collection("Console")]
public sealed class EvalNerCommandTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "na-eval-ner-" + Guid.NewGuid().ToString("N") + ".conll");

    public void Dispose() => File.Delete(file);

    private static async Task<(int Code, string Output)> Run(params string[] args)
    {
        var previous = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            return (await CommandLine.RunAsync(args), output.ToString());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }

    [Fact]
    public async Task Scores_a_hand_written_snippet_per_type()
    {
        // Two-column layout (TOKEN TAG); three PER, two LOC, one ORG entities.
        File.WriteAllLines(file,
        [
            "Angela B-PER", "Merkel I-PER", "visited O", "Paris B-LOC", "on O", "Monday O", ". O", "",
            "Vladimir B-PER", "Putin I-PER", "spoke O", "with O", "Emmanuel B-PER", "Macron I-PER", "in O", "Moscow B-LOC", ". O", "",
            "Shares O", "in O", "Microsoft B-ORG", "Corp I-ORG", "rose O", ". O",
        ]);
        var (code, output) = await Run("eval-ner", file);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] Row(string type) => lines.Single(l => l.StartsWith(type + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("3", Row("PER")[4]);
        Assert.Equal("2", Row("LOC")[4]);
        Assert.Equal("6", Row("overall")[4]);
        // These names are easy: the shipped model should get the people and places right.
        Assert.Equal("1.0000", Row("PER")[3]);
        Assert.Equal("1.0000", Row("LOC")[3]);
    }

    [Fact]
    public async Task Missing_file_and_bad_usage_have_their_exit_codes()
    {
        Assert.Equal(CommandLine.NothingProcessed, (await Run("eval-ner", file + ".missing")).Code);
        Assert.Equal(CommandLine.BadUsage, (await Run("eval-ner")).Code);
        Assert.Equal(CommandLine.BadUsage, (await Run("eval-ner", "--nope", file)).Code);
    }
}
