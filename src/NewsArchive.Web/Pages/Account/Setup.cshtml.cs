using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data.Users;
using NewsArchive.Web.Accounts;

namespace NewsArchive.Web.Pages.Account;

/// <summary>The one-time "create admin" form: only while no account exists, so nobody can add one later through it.</summary>
public sealed class SetupModel(AccountStatus accounts, ILogger<SetupModel> log) : PageModel
{
    public const int MinPasswordLength = UserAccounts.MinPasswordLength;

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await accounts.AnyAsync(ct) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await accounts.AnyAsync(ct))
            return NotFound();
        var name = UserName?.Trim() ?? "";
        if (name.Length is 0 or > 64 || name.Any(c => char.IsControl(c) || c == ':'))
            Error = "Choose a user name of 1 to 64 characters (no colon).";
        else if ((Password ?? "").Length < MinPasswordLength)
            Error = $"The password needs at least {MinPasswordLength} characters.";
        else if (Password != Confirm)
            Error = "The two passwords differ.";
        if (Error is not null)
            return Page();

        var result = await accounts.CreateFirstAsync(name, Password!, ct);
        if (result is null)
            return NotFound();
        if (result.User is not { } user)
        {
            Error = result.Error;
            return Page();
        }
        log.LogInformation("Created the first account {UserName}", user.UserName);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountStatus.ToPrincipal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        TempData["Message"] = $"Welcome, {user.UserName}. You can now upload pages.";
        return Redirect("/upload");
    }
}
