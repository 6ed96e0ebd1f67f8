using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Pages.Entities;

/// <summary>The address words for each kind: /people and /places.</summary>
public static class EntityKinds
{
    public static EntityKind? FromSegment(string? segment) => segment?.ToLowerInvariant() switch
    {
        "people" => EntityKind.Person,
        "places" => EntityKind.Place,
        _ => null,
    };

    public static string Segment(EntityKind kind) => kind == EntityKind.Person ? "people" : "places";

    public static string Url(EntityKind kind, long id) => $"/{Segment(kind)}/{id}";

    /// <summary>The word used in search terms and the JSON API: <c>person</c> or <c>place</c>.</summary>
    public static string Term(EntityKind kind) => kind == EntityKind.Person ? "person" : "place";
}
