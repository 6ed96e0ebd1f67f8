using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Users;

namespace NewsArchive.Data.Tests;

public sealed class UserAccountsTests : IAsyncLifetime
{
    private readonly TempArchive _archive = new();
    public Task InitializeAsync() => _archive.InitializeAsync();
    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public async Task A_created_user_signs_in_with_the_right_password_only()
    {
        var accounts = new UserAccounts(_archive.Db, _archive.Time);
        Assert.False(await accounts.AnyUsersExistAsync());

        var created = await accounts.CreateAsync("Editor", "correct horse battery");

        Assert.True(created.Succeeded, created.Error);
        Assert.True(await accounts.AnyUsersExistAsync());
        var stored = await _archive.Db.Users.AsNoTracking().SingleAsync();
        Assert.DoesNotContain("correct horse", stored.PasswordHash);
        Assert.Equal("Editor", (await accounts.VerifyAsync("editor", "correct horse battery"))?.UserName);
        Assert.Null(await accounts.VerifyAsync("Editor", "wrong password"));
        Assert.Null(await accounts.VerifyAsync("nobody", "correct horse battery"));
    }

    [Theory]
    [InlineData("", "long enough password", "empty")]
    [InlineData("someone", "short", "at least")]
    [InlineData("EDITOR", "another long password", "already exists")]
    public async Task Bad_names_short_passwords_and_taken_names_are_refused(string name, string password, string errorPart)
    {
        var accounts = new UserAccounts(_archive.Db, _archive.Time);
        Assert.True((await accounts.CreateAsync("editor", "first password")).Succeeded);

        var result = await accounts.CreateAsync(name, password);

        Assert.False(result.Succeeded);
        Assert.Contains(errorPart, result.Error);
        Assert.Equal(1, await _archive.Db.Users.CountAsync());
    }
}
