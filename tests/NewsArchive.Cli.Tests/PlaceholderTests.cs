namespace NewsArchive.Cli.Tests;
