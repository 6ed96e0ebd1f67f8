using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Accounts;

/// <summary>
/// The web app's view of accounts: verify a password, create the first admin, and remember once any
/// account exists so the "create admin" offer does not cost a query on every page.
/// </summary>
public sealed class Users(IServiceScopeFactory scopes)
{
    private static readonly PasswordHasher<User> Hasher = new();
    private volatile bool knownToExist;

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        if (knownToExist)
            return true;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        knownToExist = await db.Users.AnyAsync(ct);
        return knownToExist;
    }

    public async Task<User?> VerifyAsync(string userName, string password, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName.Trim(), ct);
        if (user is null)
        {
            // Spend the same time as a real check so response times do not reveal which names exist.
            Hasher.HashPassword(new User { UserName = "", PasswordHash = "" }, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>Creates the first account; returns null when one already exists (the offer is one-time).</summary>
    public async Task<User?> CreateFirstAdminAsync(string userName, string password, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        if (await db.Users.AnyAsync(ct))
        {
            knownToExist = true;
            return null;
        }
        var user = new User { UserName = userName.Trim(), PasswordHash = "", CreatedUtc = DateTime.UtcNow };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        knownToExist = true;
        return user;
    }

    public static ClaimsPrincipal ToPrincipal(User user, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, user.UserName)], scheme));
}
