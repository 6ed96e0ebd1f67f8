using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;

namespace NewsArchive.Web.Pages.Entities;

public sealed record EntityRow(long Id, string Name, int Count, string? CountryCode, string Keys);

/// <summary>/people and /places: every person or place the archive mentions, most mentioned first or A–Z, filtered by name.</summary>
public sealed class EntityIndexModel(ArchiveDb db) : PageModel
{
    public const int PageSize = 60;

    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }
    /// <summary><c>name</c> for A–Z; anything else is most mentioned first.</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public EntityKind Kind { get; private set; }
    public bool ByName => string.Equals(Sort, "name", StringComparison.OrdinalIgnoreCase);
    public IReadOnlyList<EntityRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string kind, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        if (EntityKinds.FromSegment(kind) is not { } entityKind)
            return NotFound();
        Kind = entityKind;
        PageNumber = Math.Max(1, pageNumber);
        var entities = db.Entities.AsNoTracking().Where(e => e.Kind == Kind && e.ArticleCount > 0);
        var key = EntityKeys.For(Filter ?? "");
        if (key.Length > 0)
            entities = entities.Where(e => e.Key.Contains(key) || e.Aliases.Any(a => a.Key.Contains(key)));
        Total = await entities.CountAsync(ct);
        var ordered = ByName ? entities.OrderBy(e => e.Key) : entities.OrderByDescending(e => e.ArticleCount).ThenBy(e => e.Key);
        var rows = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.Id, e.Name, e.ArticleCount, e.CountryCode, e.Key, Aliases = e.Aliases.Select(a => a.Key).ToList() })
            .ToListAsync(ct);
        Rows = rows.Select(e => new EntityRow(e.Id, e.Name, e.ArticleCount, e.CountryCode, string.Join(" | ", e.Aliases.Prepend(e.Key)))).ToList();
        return Page();
    }
}
