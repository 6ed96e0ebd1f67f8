using System.Diagnostics;
using System.Text;
using NewsArchive.Core.Extraction;

/// <summary>Pathological inputs: each must finish in bounded time with an article or a clear reason. Prints the times.</summary>
internal static class Robustness
{
    public static void Run()
    {
        var cases = new (string Name, string FileName, Func<byte[]> Make)[]
        {
            ("10 MB of nested divs", "nested.html", () => Html(Repeat("<div>", 10_000_000 / 5))),
            ("10 MB of flat divs", "flat.html", () => Html(Repeat("<div><span>x</span></div>", 10_000_000 / 25))),
            ("5 MB of nested tables", "tables.html", () => Html(Repeat("<table><tr><td>", 5_000_000 / 15))),
            ("HTML page with no text", "empty.html", () => Encoding.UTF8.GetBytes("<html><head><title></title></head><body><div></div></body></html>")),
            ("50,000 lines of one character", "lines.txt", () => Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Repeat("a", 50_000)))),
            ("3 MB single line without spaces", "line.txt", () => Encoding.UTF8.GetBytes(new string('x', 3_000_000))),
            ("mixed encodings (UTF-8 then Windows-1252 bytes)", "mixed.txt", Mixed),
            ("random bytes", "random.txt", () => { var b = new byte[1_000_000]; new Random(1).NextBytes(b); return b; }),
            // Lines of ellipses and dots once made the cut-off-teaser check backtrack for minutes.
            ("story, then lines of 4,000 ellipses and 8,000 dots", "ellipses.txt", () => Encoding.UTF8.GetBytes(
                string.Join("\n", Enumerable.Range(1, 5).Select(i => $"Paragraph {i}: the harbour board met again and agreed that the old pier needs a new deck before the storms."))
                + "\n" + new string('…', 4_000) + ".\n" + string.Join("\n", Enumerable.Repeat(new string('.', 8_000) + "x.", 10)))),
        };
        Console.WriteLine($"{"input",-50} {"ms",8}  outcome");
        foreach (var (name, fileName, make) in cases)
        {
            var bytes = make();
            var watch = Stopwatch.StartNew();
            var result = ArticleExtractor.Extract(bytes, fileName);
            var outcome = result.Succeeded ? $"article, {result.Article!.Paragraphs.Count} paragraphs" : "no article: " + result.Error;
            Console.WriteLine($"{name,-50} {watch.Elapsed.TotalMilliseconds,8:F0}  {outcome}");
        }
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    private static byte[] Html(string inner) =>
        Encoding.UTF8.GetBytes("<html><body>" + inner + "<p>After all of that comes one real paragraph of this page, with its words and a full stop.</p></body></html>");

    private static byte[] Mixed()
    {
        // Alternate paragraphs saved as UTF-8 and as Windows-1252 ("café" with 0xE9, curly quotes 0x93/0x94).
        return Enumerable.Range(0, 40).SelectMany(i => i % 2 == 0
            ? Encoding.UTF8.GetBytes($"Kyiv — the mayor said on day {i} that the city would rebuild bridge number {i * 7} before the winter.\n")
            : Encoding.GetEncoding(1252).GetBytes($"The café owner on street {i} said “we will reopen” once the works on road {i * 3} were finished.\n")).ToArray();
    }
}
