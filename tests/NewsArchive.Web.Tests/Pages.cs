using System.Security.Cryptography;
using System.Text;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Search;

namespace NewsArchive.Web.Tests;

/// <summary>Small pages written for these tests, and a way to store an article directly for page tests that must not depend on the extractor.</summary>
public static class Pages
{
    public static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seed = Path.Combine(dir.FullName, "seeds", "000_7ab0d674ca9279b7.txt");
                if (File.Exists(seed))
                    return seed;
            }
            throw new FileNotFoundException("seeds/000_7ab0d674ca9279b7.txt not found above the test folder");
        }
    }

    public static byte[] Seed => File.ReadAllBytes(SeedPath);

    public static byte[] TextDump(string headline, string body) => Encoding.UTF8.GetBytes(
        $" date 2024-03-05 {headline}\n\nBy Ada Reporter, The Test Press\n\nPosted March 5, 2024 9:15 am.\n\nLISBON (TP) — {body}\n\nA second paragraph that says a little more about the story so it reads like news.\n");

    public static async Task<long> StoreArticleAsync(ArchiveDb db, string headline, string body, string? url = "https://news.example/story", string site = "Example News", string published = "2024-03-05T09:15:00")
    {
        var bytes = Encoding.UTF8.GetBytes(headline + "\n\n" + body + Guid.NewGuid());
        var raw = new RawPage
        {
            FileName = "stored.txt",
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Size = bytes.Length,
            ReceivedUtc = DateTime.UtcNow,
            Status = RawPageStatus.Extracted,
            Content = new RawPageContent { Bytes = bytes },
            Article = new Article
            {
                Format = "text",
                Headline = headline,
                Byline = "Ada Reporter",
                Dateline = "LISBON",
                PublishedPrinted = published,
                PublishedSort = DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                Url = url,
                Site = site,
                Language = "en",
                Lead = body.Split('\n')[0],
                Body = body,
                ContentHash = Guid.NewGuid().ToString("N"),
                ExtractedUtc = DateTime.UtcNow,
                Authors = [new ArticleAuthor { Name = "Ada Reporter", Position = 0 }],
                Captions = [new Caption { Text = "A harbour at dawn. (Test Photo)", Position = 0 }],
            },
        };
        db.RawPages.Add(raw);
        await db.SaveChangesAsync();
        await ArticleSearchIndex.WriteAsync(db, raw.Article, CancellationToken.None);
        return raw.Article.Id;
    }
}
