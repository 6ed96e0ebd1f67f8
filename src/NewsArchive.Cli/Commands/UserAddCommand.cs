using System.Text;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Users;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive user add NAME [--db FILE]</c>: creates an account for the web app. The password is read
/// from stdin when it is redirected (scripts: first line), otherwise typed twice without echo.
/// </summary>
public static class UserAddCommand
{
    public const string Usage = "user add NAME [--db FILE]";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, ReadPassword);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, Func<string?> readPassword)
    {
        string? name = null, dbFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db")
                dbFile = i + 1 < args.Length ? args[++i] : throw new UsageException("--db needs a file");
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{args[i]}'");
            else
                name = name is null ? args[i] : throw new UsageException("give one user name");
        }
        if (string.IsNullOrWhiteSpace(name))
            throw new UsageException("give the new user's name");

        var password = readPassword();
        if (password is null)
        {
            errors.WriteLine("newsarchive user add: no password given (passwords did not match, or stdin was empty).");
            return CommandLine.NothingProcessed;
        }
        var connectionString = ArchiveDatabase.FromCommandLine(dbFile);
        await using var db = await ArchiveDatabase.OpenAndMigrateAsync(connectionString);
        var result = await new UserAccounts(db, TimeProvider.System).CreateAsync(name, password);
        if (!result.Succeeded)
        {
            errors.WriteLine($"newsarchive user add: {result.Error}");
            return CommandLine.NothingProcessed;
        }
        output.WriteLine($"Created user '{result.User!.UserName}' in {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource}.");
        return CommandLine.Success;
    }

    /// <summary>The first line of stdin when redirected; otherwise prompts twice without echo and checks both match.</summary>
    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine();
        var first = Prompt("Password: ");
        var second = Prompt("Repeat password: ");
        return first == second ? first : null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
