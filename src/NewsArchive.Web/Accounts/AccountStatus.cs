using System.Globalization;
using System.Security.Claims;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Users;

namespace NewsArchive.Web.Accounts;

/// <summary>
/// Whether any account exists, remembered once true so the layout's "create admin" offer costs no query
/// per page; and the one-time creation of that first account, serialised so two visitors cannot both win.
/// </summary>
public sealed class AccountStatus(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim firstAccount = new(1, 1);
    private volatile bool known;

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        if (known)
            return true;
        using var scope = scopes.CreateScope();
        known = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AnyUsersExistAsync(ct);
        return known;
    }

    /// <summary>Creates the first account, or says why not; null user and null error means an account already exists.</summary>
    public async Task<CreateUserResult?> CreateFirstAsync(string userName, string password, CancellationToken ct)
    {
        await firstAccount.WaitAsync(ct);
        try
        {
            if (await AnyAsync(ct))
                return null;
            using var scope = scopes.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(userName, password, ct);
            known = result.Succeeded;
            return result;
        }
        finally
        {
            firstAccount.Release();
        }
    }

    public static ClaimsPrincipal ToPrincipal(User user, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, user.UserName)],
            scheme));
}
