using System.Net;

namespace NewsArchive.Web.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task First_visit_offers_admin_creation_once_then_the_form_is_gone()
    {
        using var app = new ArchiveApp();
        var client = app.Browser();

        var home = await client.GetStringAsync("/");
        Assert.Contains("/account/setup", home);
        var signIn = await client.GetAsync("/account/sign-in");
        Assert.Equal("/account/setup", signIn.Headers.Location?.OriginalString);

        await Forms.CreateAdminAsync(client);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/upload")).StatusCode);
        Assert.DoesNotContain("/account/setup", await client.GetStringAsync("/"));
        var again = app.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync("/account/setup")).StatusCode);
        var user = await app.WithDbAsync(db => Task.FromResult(db.Users.Single()));
        Assert.Equal(Forms.AdminName, user.UserName);
        Assert.DoesNotContain(Forms.AdminPassword, user.PasswordHash);
    }

    [Fact]
    public async Task Setup_refuses_a_short_password_and_creates_nothing()
    {
        using var app = new ArchiveApp();
        var client = app.Browser();
        var response = await Forms.PostAsync(client, "/account/setup", new() { ["userName"] = "admin", ["password"] = "short", ["confirm"] = "short" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 8 characters", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Fact]
    public async Task Sign_in_checks_the_password()
    {
        using var app = new ArchiveApp();
        await Forms.CreateAdminAsync(app.Browser());
        var client = app.Browser();

        var wrong = await Forms.PostAsync(client, "/account/sign-in", new() { ["userName"] = Forms.AdminName, ["password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Wrong user name or password", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/upload")).StatusCode);

        var right = await Forms.PostAsync(client, "/account/sign-in", new() { ["userName"] = "ADMIN", ["password"] = Forms.AdminPassword, ["returnUrl"] = "/upload" });
        Assert.Equal("/upload", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/upload")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_site()
    {
        using var app = new ArchiveApp();
        await Forms.CreateAdminAsync(app.Browser());
        var client = app.Browser();
        var response = await Forms.PostAsync(client, "/account/sign-in", new() { ["userName"] = Forms.AdminName, ["password"] = Forms.AdminPassword, ["returnUrl"] = "https://evil.example/" });
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Writes_need_sign_in()
    {
        using var app = new ArchiveApp();
        await Forms.CreateAdminAsync(app.Browser());
        var anonymous = app.Browser();

        var upload = await anonymous.GetAsync("/upload");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.StartsWith("/account/sign-in", upload.Headers.Location!.PathAndQuery());

        var api = await anonymous.PostAsync("/api/uploads", Forms.Files(("a.txt", Pages.Seed)));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Basic", api.Headers.WwwAuthenticate.ToString());
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.RawPages.Count())));
    }

    [Fact]
    public async Task Posts_without_an_antiforgery_token_are_refused()
    {
        using var app = new ArchiveApp();
        var client = app.Browser();
        var setup = await client.PostAsync("/account/setup", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "x", ["password"] = "password1", ["confirm"] = "password1" }));
        Assert.Equal(HttpStatusCode.BadRequest, setup.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Users.Count())));

        await Forms.CreateAdminAsync(client);
        var upload = await client.PostAsync("/upload", Forms.Files(("a.txt", Pages.Seed)));
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        var body = await upload.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.RawPages.Count())));
    }

    [Fact]
    public async Task Private_archive_needs_sign_in_to_read()
    {
        using var app = new ArchiveApp(new() { ["Archive:PublicRead"] = "false" });
        var anonymous = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/search?q=x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/articles")).StatusCode);

        await Forms.CreateAdminAsync(anonymous);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
    }
}

internal static class UriExtensions
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
