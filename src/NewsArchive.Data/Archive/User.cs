namespace NewsArchive.Data.Archive;

public sealed class User
{
    public long Id { get; set; }
    public required string UserName { get; set; }
    /// <summary>ASP.NET Core's PasswordHasher output (PBKDF2 with a per-user salt).</summary>
    public required string PasswordHash { get; set; }
    public DateTime CreatedUtc { get; set; }
}
