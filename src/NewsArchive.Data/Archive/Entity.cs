namespace NewsArchive.Data.Archive;

/// <summary>A person or place across the archive: one canonical name, many aliases and spellings.</summary>
public sealed class Entity
{
    public long Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>Case- and accent-folded name for lookups and autocomplete.</summary>
    public required string Key { get; set; }
    public string? CountryCode { get; set; }
    public string? Admin1 { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public long? GeoNameId { get; set; }
    /// <summary>Denormalised count of articles that mention it, for "most mentioned" lists.</summary>
    public int ArticleCount { get; set; }
    public List<EntityAlias> Aliases { get; set; } = [];
}

public sealed class EntityAlias
{
    public long EntityId { get; set; }
    public required string Key { get; set; }
    public required string Text { get; set; }
}

public sealed class ArticleEntity
{
    public long ArticleId { get; set; }
    public long EntityId { get; set; }
    public Entity? Entity { get; set; }
    public int Mentions { get; set; }
    /// <summary>A byline name: an author of the article, not a person it is about.</summary>
    public bool IsAuthor { get; set; }
    /// <summary>The article's dateline place.</summary>
    public bool IsDateline { get; set; }
}

public enum EntityKind
{
    Person = 1,
    Place = 2,
}
