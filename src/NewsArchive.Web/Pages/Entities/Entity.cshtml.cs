using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Search;

namespace NewsArchive.Web.Pages.Entities;

public sealed record RelatedEntity(long Id, EntityKind Kind, string Name, int Articles)
{
    public string Url => EntityKinds.Url(Kind, Id);
}

/// <summary>
/// One person or place: its articles newest first, who and what is named with it most often, mentions per
/// month, and for a place where it is.
/// </summary>
public sealed class EntityModel(ArchiveDb db) : PageModel
{
    public const int PageSize = 20;
    private const int RelatedShown = 12;

    public Entity? Entity { get; private set; }
    public IReadOnlyList<BrowseRow> Articles { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<RelatedEntity> RelatedPeople { get; private set; } = [];
    public IReadOnlyList<RelatedEntity> RelatedPlaces { get; private set; } = [];
    public IReadOnlyList<MonthCount> Months { get; private set; } = [];
    public string? CountryName { get; private set; }
    /// <summary>The country's own entity page, when the archive has one and this place is not the country.</summary>
    public long? CountryEntityId { get; private set; }
    public bool IsCountry { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, long id, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        if (EntityKinds.FromSegment(kind) is not { } entityKind)
            return NotFound();
        Entity = await db.Entities.AsNoTracking().Include(e => e.Aliases).FirstOrDefaultAsync(e => e.Id == id && e.Kind == entityKind, ct);
        if (Entity is null)
            return NotFound();
        PageNumber = Math.Max(1, pageNumber);

        // Articles about it (not by it), hidden copies left out: the same rule as the entity's count.
        var articleIds = db.ArticleEntities.Where(x => x.EntityId == id && !x.IsAuthor).Select(x => x.ArticleId);
        var articles = db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null && articleIds.Contains(a.Id));
        Total = await articles.CountAsync(ct);
        Articles = await articles
            .OrderByDescending(a => a.PublishedSort).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new BrowseRow(a.Id, a.Headline, a.PublishedPrinted, a.PublishedSort, a.Byline, a.Dateline, a.Site, a.Lead))
            .ToListAsync(ct);

        var shown = articles.Select(a => a.Id);
        RelatedPeople = await RelatedAsync(shown, id, EntityKind.Person, ct);
        RelatedPlaces = await RelatedAsync(shown, id, EntityKind.Place, ct);

        var months = await articles.Where(a => a.PublishedSort != null)
            .GroupBy(a => new { a.PublishedSort!.Value.Year, a.PublishedSort.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);
        Months = months.Select(m => new MonthCount(m.Year, m.Month, m.Count)).ToList();

        if (Entity.Kind == EntityKind.Place && Entity.CountryCode is { } code)
        {
            CountryName = Countries.NameOf(code);
            IsCountry = Countries.IsCountry(Entity);
            if (!IsCountry && CountryName is not null)
            {
                var countryKey = EntityKeys.For(CountryName);
                CountryEntityId = await db.Entities.Where(e => e.Kind == EntityKind.Place && e.CountryCode == code && e.Key == countryKey)
                    .Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
            }
        }
        return Page();
    }

    /// <summary>Co-occurrence: the entities linked to the most of the same articles.</summary>
    private async Task<IReadOnlyList<RelatedEntity>> RelatedAsync(IQueryable<long> articleIds, long self, EntityKind kind, CancellationToken ct)
    {
        var rows = await db.ArticleEntities.AsNoTracking()
            .Where(y => articleIds.Contains(y.ArticleId) && y.EntityId != self && !y.IsAuthor && y.Entity!.Kind == kind)
            .GroupBy(y => new { y.EntityId, y.Entity!.Name })
            .Select(g => new { g.Key.EntityId, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .Take(RelatedShown)
            .ToListAsync(ct);
        return rows.Select(r => new RelatedEntity(r.EntityId, kind, r.Name, r.Count)).ToList();
    }
}
