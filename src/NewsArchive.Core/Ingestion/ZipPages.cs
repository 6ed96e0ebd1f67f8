using System.IO.Compression;

namespace NewsArchive.Core.Ingestion;

/// <summary>One page read from an input: its display name (zip path + "!" + entry for zip entries) and bytes, or why it could not be read.</summary>
public sealed record PageInput(string Name, byte[]? Bytes, string? Error);

/// <summary>Limits that keep a hostile zip from exhausting memory or disk.</summary>
public sealed record ZipLimits(long MaxEntryBytes = 20 * 1024 * 1024, long MaxTotalBytes = 1024L * 1024 * 1024, int MaxEntries = 100_000, double MaxCompressionRatio = 200);

/// <summary>
/// Reads the pages inside a zip safely: entry names are never used as file-system paths (so "../"
/// cannot escape anywhere), folders and hidden files are skipped, and each entry's expansion is
/// capped by size and ratio so a zip bomb is refused entry by entry instead of filling memory.
/// </summary>
public static class ZipPages
{
    public static IEnumerable<PageInput> Read(Stream zipStream, string zipName, ZipLimits? limits = null)
    {
        limits ??= new ZipLimits();
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            return [new PageInput(zipName, null, $"This is not a readable zip archive ({e.Message}).")];
        }
        return ReadEntries(archive, zipName, limits);
    }

    private static IEnumerable<PageInput> ReadEntries(ZipArchive archive, string zipName, ZipLimits limits)
    {
        using (archive)
        {
            var entries = archive.Entries.Where(e => !IsFolderOrHidden(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            if (entries.Count == 0)
            {
                yield return new PageInput(zipName, null, "The zip archive holds no files.");
                yield break;
            }
            if (entries.Count > limits.MaxEntries)
            {
                yield return new PageInput(zipName, null, $"The zip archive holds {entries.Count:N0} files; the limit is {limits.MaxEntries:N0}.");
                yield break;
            }
            long total = 0;
            foreach (var entry in entries)
            {
                var name = zipName + "!" + entry.FullName;
                if (!IsSafeEntryName(entry.FullName))
                {
                    yield return new PageInput(name, null, "The zip entry's name points outside the archive (absolute path or \"..\"); it was not read.");
                    continue;
                }
                var (bytes, error) = ReadEntry(entry, limits, limits.MaxTotalBytes - total);
                if (bytes is not null)
                    total += bytes.Length;
                yield return new PageInput(name, bytes, error);
            }
        }
    }

    private static (byte[]?, string?) ReadEntry(ZipArchiveEntry entry, ZipLimits limits, long totalLeft)
    {
        if (entry.Length > limits.MaxEntryBytes)
            return (null, $"The zip entry expands to {entry.Length:N0} bytes; the limit is {limits.MaxEntryBytes:N0}.");
        if (entry.CompressedLength > 0 && entry.Length / (double)entry.CompressedLength > limits.MaxCompressionRatio && entry.Length > 1024 * 1024)
            return (null, $"The zip entry expands {entry.Length / entry.CompressedLength:N0} times its compressed size, like a zip bomb; it was not read.");
        try
        {
            using var stream = entry.Open();
            // Declared sizes can lie; count what actually comes out.
            var cap = Math.Min(limits.MaxEntryBytes, totalLeft);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > cap)
                    return (null, $"The zip entry expands beyond the {cap:N0}-byte limit; it was not read.");
                buffer.Write(chunk, 0, read);
            }
            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"The zip entry is corrupt ({e.Message}).");
        }
    }

    private static bool IsFolderOrHidden(string fullName)
    {
        if (fullName.EndsWith('/') || fullName.EndsWith('\\'))
            return true;
        var leaf = fullName.Replace('\\', '/').Split('/')[^1];
        return leaf.StartsWith('.') || fullName.StartsWith("__MACOSX/", StringComparison.Ordinal);
    }

    public static bool IsSafeEntryName(string fullName)
    {
        var normalized = fullName.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':'))
            return false;
        return !normalized.Split('/').Any(part => part == "..");
    }
}
