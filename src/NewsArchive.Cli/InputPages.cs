using NewsArchive.Core.Ingestion;

namespace NewsArchive.Cli;

/// <summary>Expands command-line PATHs (files, folders recursed in name order, .zip files) into pages, in input order.</summary>
public static class InputPages
{
    public static IEnumerable<PageInput> Expand(IEnumerable<string> paths, ZipLimits? limits = null)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (var file in files)
                    foreach (var page in FromFile(file, limits))
                        yield return page;
            }
            else
            {
                foreach (var page in FromFile(path, limits))
                    yield return page;
            }
        }
    }

    private static IEnumerable<PageInput> FromFile(string path, ZipLimits? limits)
    {
        if (!File.Exists(path))
        {
            yield return new PageInput(path, null, "No such file or folder.");
            yield break;
        }
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(path);
            foreach (var page in ZipPages.Read(stream, path, limits))
                yield return page;
            yield break;
        }
        byte[]? bytes = null;
        string? error = null;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"Could not read the file ({e.Message}).";
        }
        yield return new PageInput(path, bytes, error);
    }
}
