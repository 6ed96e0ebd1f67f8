namespace NewsArchive.Core.Entities;

public enum EntityKind
{
    Person,
    Place,
    Organization,
    Other,
}

/// <summary>A name found in a text: characters <c>[Start, End)</c>, its kind and the text itself.</summary>
public sealed record EntitySpan(int Start, int End, EntityKind Kind, string Text);
