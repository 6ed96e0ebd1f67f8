using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Web.Accounts;

namespace NewsArchive.Web.Pages.Account;

/// <summary>The one-time "create admin" form: only while no account exists, so nobody can add one later through it.</summary>
public sealed class SetupModel(Users users, ILogger<SetupModel> log) : PageModel
{
    public const int MinPasswordLength = 8;

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await users.AnyAsync(ct) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.AnyAsync(ct))
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

        var user = await users.CreateFirstAdminAsync(name, Password!, ct);
        if (user is null)
            return NotFound();
        log.LogInformation("Created the first account {UserName}", user.UserName);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Users.ToPrincipal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        TempData["Message"] = $"Welcome, {user.UserName}. You can now upload pages.";
        return Redirect("/upload");
    }
}
