using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Users;

/// <summary>Why a user could not be created; null Error means it was.</summary>
public sealed record CreateUserResult(User? User, string? Error)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// The archive's accounts: created by the CLI (<c>newsarchive user add</c>) or the web app's first-run
/// page, verified at sign-in. Passwords are hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2,
/// per-user salt); hashes from older parameters are upgraded on the next successful sign-in.
/// </summary>
public sealed class UserAccounts(ArchiveDb db, TimeProvider time)
{
    public const int MinPasswordLength = 8;
    public const int MaxUserNameLength = 64;

    private static readonly PasswordHasher<User> Hasher = new();

    public Task<bool> AnyUsersExistAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    public async Task<CreateUserResult> CreateAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        userName = userName.Trim();
        if (userName.Length == 0)
            return new CreateUserResult(null, "The user name is empty.");
        if (userName.Length > MaxUserNameLength || userName.Any(char.IsControl))
            return new CreateUserResult(null, $"The user name must be at most {MaxUserNameLength} characters, without control characters.");
        if (password.Length < MinPasswordLength)
            return new CreateUserResult(null, $"The password must be at least {MinPasswordLength} characters.");
        // User names compare without case (NOCASE collation), so "Editor" and "editor" are one account.
        if (await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
            return new CreateUserResult(null, $"A user named '{userName}' already exists.");
        var user = new User { UserName = userName, PasswordHash = "", CreatedUtc = time.GetUtcNow().UtcDateTime };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new CreateUserResult(null, $"A user named '{userName}' already exists.");
        }
        db.ChangeTracker.Clear();
        return new CreateUserResult(user, null);
    }

    /// <summary>The user if the name and password match, else null.</summary>
    public async Task<User?> VerifyAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var trimmed = userName.Trim();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == trimmed, cancellationToken);
        if (user is null)
        {
            // Spend the same time as a real check, so response times do not reveal which names exist.
            Hasher.VerifyHashedPassword(new User { UserName = trimmed, PasswordHash = "" }, DummyHash, password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
            return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        return user;
    }

    private static readonly string DummyHash = Hasher.HashPassword(new User { UserName = "", PasswordHash = "" }, Guid.NewGuid().ToString());
}
