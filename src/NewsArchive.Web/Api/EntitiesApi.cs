using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Pages.Entities;

namespace NewsArchive.Web.Api;

/// <summary>One autocomplete suggestion. <c>kind</c> is <c>person</c> or <c>place</c>; <c>url</c> is the entity's page.</summary>
public sealed record EntitySuggestionJson(string Name, string Kind, int Count, string Url);

public static class EntitiesApi
{
    public const int MaxSuggestions = 8;

    public static void MapEntitiesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/entities").WithTags("People and places").RequireAuthorization(WebServices.ReadPolicy);

        api.MapGet("/suggest", async (string? q, string? kind, ArchiveDb db, CancellationToken ct) =>
        {
            var key = EntityKeys.For(q ?? "");
            if (key.Length == 0)
                return TypedResults.Ok(Array.Empty<EntitySuggestionJson>());
            var entities = db.Entities.AsNoTracking().Where(e => e.ArticleCount > 0);
            if (kind?.ToLowerInvariant() is "person" or "people")
                entities = entities.Where(e => e.Kind == EntityKind.Person);
            else if (kind?.ToLowerInvariant() is "place" or "places")
                entities = entities.Where(e => e.Kind == EntityKind.Place);
            // Any word of the name or of an alias may start with what was typed: "zel" finds Volodymyr Zelenskyy.
            var word = " " + key;
            var rows = await entities
                .Where(e => e.Key.StartsWith(key) || e.Key.Contains(word) || e.Aliases.Any(a => a.Key.StartsWith(key) || a.Key.Contains(word)))
                .OrderByDescending(e => e.ArticleCount).ThenBy(e => e.Key)
                .Take(MaxSuggestions)
                .Select(e => new { e.Id, e.Kind, e.Name, e.ArticleCount })
                .ToListAsync(ct);
            return TypedResults.Ok(rows.Select(e => new EntitySuggestionJson(e.Name, EntityKinds.Term(e.Kind), e.ArticleCount, EntityKinds.Url(e.Kind, e.Id))).ToArray());
        }).WithSummary("People and places whose name (or a spelling of it) has a word starting with q, most mentioned first. kind=person or place narrows it.");

        // Public and long-cached: it is the same drawing for everyone (GeoNames-derived, CC BY 4.0).
        app.MapGet("/maps/world.svg", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(WorldMap.Svg, "image/svg+xml; charset=utf-8");
        }).ExcludeFromDescription();
    }
}
