using NewsArchive.Cli.Commands;

namespace NewsArchive.Cli;

/// <summary>
/// Dispatches <c>newsarchive COMMAND ...</c>. Exit codes (the CLI contract): 0 success, even when some
/// inputs failed and were reported; 1 bad usage; 2 nothing could be processed.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int BadUsage = 1;
    public const int NothingProcessed = 2;

    private sealed record Command(string Name, string Usage, Func<string[], Task<int>> Run);

    // One line per command; each command lives in its own file under Commands/.
    private static readonly Command[] All =
    [
        new("extract", ExtractCommand.Usage, ExtractCommand.RunAsync),
        new("eval", EvalCommand.Usage, EvalCommand.RunAsync),
        new("import", ImportCommand.Usage, ImportCommand.RunAsync),
        new("reparse", ReparseCommand.Usage, ReparseCommand.RunAsync),
        new("user add", UserAddCommand.Usage, UserAddCommand.RunAsync),
        new("train-ner", TrainNerCommand.Usage, TrainNerCommand.RunAsync),
        new("eval-ner", EvalNerCommand.Usage, EvalNerCommand.RunAsync),
        new("entities", EntitiesCommand.Usage, EntitiesCommand.RunAsync),
        new("bench ner", BenchNerCommand.Usage, BenchNerCommand.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(Console.Out);
            return args.Length == 0 ? BadUsage : Success;
        }
        // Two-word commands such as "user add" and "bench extract" are matched before one-word ones.
        foreach (var command in All.OrderByDescending(c => c.Name.Length))
        {
            var words = command.Name.Split(' ');
            if (args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length)))
            {
                try
                {
                    return await command.Run(args[words.Length..]);
                }
                catch (UsageException e)
                {
                    Console.Error.WriteLine($"newsarchive {command.Name}: {e.Message}");
                    Console.Error.WriteLine($"usage: newsarchive {command.Usage}");
                    return BadUsage;
                }
            }
        }
        Console.Error.WriteLine($"newsarchive: unknown command '{args[0]}'");
        PrintUsage(Console.Error);
        return BadUsage;
    }

    private static void PrintUsage(TextWriter output)
    {
        output.WriteLine("usage: newsarchive COMMAND [options]");
        output.WriteLine();
        foreach (var command in All)
            output.WriteLine($"  newsarchive {command.Usage}");
    }
}

/// <summary>Thrown by a command when its arguments are wrong; reported with the command's usage, exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);
