namespace NewsArchive.Cli;

/// <summary>The arguments shared by commands that print JSON per input: <c>[--format jsonl|json] PATH...</c>.</summary>
public sealed record JsonOutputArguments(bool Pretty, IReadOnlyList<string> Paths)
{
    public static JsonOutputArguments Parse(string[] args, string noPathsMessage)
    {
        var format = "jsonl";
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                format = i + 1 < args.Length ? args[++i] : throw new UsageException("--format needs a value: jsonl or json");
                if (format is not ("jsonl" or "json"))
                    throw new UsageException($"unknown format '{format}': use jsonl or json");
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{args[i]}'");
            else
                paths.Add(args[i]);
        }
        if (paths.Count == 0)
            throw new UsageException(noPathsMessage);
        return new JsonOutputArguments(format == "json", paths);
    }
}
