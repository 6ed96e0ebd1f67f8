using NewsArchive.Cli;

return await CommandLine.RunAsync(args);
