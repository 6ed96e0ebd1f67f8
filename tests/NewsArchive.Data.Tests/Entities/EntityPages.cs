using System.Globalization;
using System.Text;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Data.Tests.Entities;

/// <summary>
/// <see cref="TestPages"/> pages with people and places given in the header, so entity storage tests do
/// not depend on the recogniser: <c>E: person;Name;count[;alias|alias][;author]</c> and
/// <c>E: place;Name;count;CC[;lat;lon[;admin1]]</c>.
/// </summary>
public static class EntityPages
{
    public static byte[] Page(string headline, string body, string published, params string[] entities)
    {
        var header = new StringBuilder();
        foreach (var entity in entities)
            header.Append("E: ").Append(entity).Append('\n');
        return Encoding.UTF8.GetBytes(header + Encoding.UTF8.GetString(TestPages.Page(headline, body, published)));
    }

    public static ExtractionResult Extract(byte[] bytes, string fileName)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').TakeWhile(l => l.StartsWith("E: ", StringComparison.Ordinal)).ToList();
        var result = TestPages.Extract(Encoding.UTF8.GetBytes(string.Concat(text.Split('\n').Skip(lines.Count).Select(l => l + "\n"))), fileName);
        if (result.Article is not { } article)
            return result;
        var persons = new List<EntityMention>();
        var places = new List<EntityMention>();
        foreach (var line in lines)
        {
            var f = line[3..].Split(';');
            var count = int.Parse(f[2], CultureInfo.InvariantCulture);
            if (f[0] == "person")
                persons.Add(new EntityMention(f[1], count)
                {
                    Aliases = f.Length > 3 ? f[3].Split('|', StringSplitOptions.RemoveEmptyEntries) : [],
                    IsAuthor = f.Length > 4 && f[4] == "author",
                });
            else
                places.Add(new EntityMention(f[1], count)
                {
                    CountryCode = f[3],
                    Latitude = f.Length > 5 ? double.Parse(f[4], CultureInfo.InvariantCulture) : null,
                    Longitude = f.Length > 5 ? double.Parse(f[5], CultureInfo.InvariantCulture) : null,
                    Admin1 = f.Length > 6 ? f[6] : null,
                    GeoNameId = f.Length > 7 ? int.Parse(f[7], CultureInfo.InvariantCulture) : null,
                });
        }
        return ExtractionResult.Ok(article with { Persons = persons, Places = places });
    }
}
