namespace NewsArchive.Core.Entities;

/// <summary>Which name lists a token sequence belongs to; the tagger sees these as features.</summary>
[Flags]
internal enum GazetteerTypes : ushort
{
    None = 0,
    Country = 1,
    Admin1 = 2,
    BigCity = 4,
    City = 8,
    PlaceVariant = 16,
    FirstName = 32,
    HumanName = 64,
    KnownPerson = 128,

    /// <summary>Not a list: the sequence begins a longer name (used only to stop matching early).</summary>
    Prefix = 0x8000,
}
