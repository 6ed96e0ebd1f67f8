using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Users;

namespace NewsArchive.Web.Accounts;

/// <summary>
/// HTTP Basic over the archive's own accounts, so scripts can call the API (curl -u name:password)
/// without a cookie dance. Only meant for HTTPS or localhost: Basic sends the password on every request.
/// </summary>
public sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserAccounts users) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
            return AuthenticateResult.NoResult();

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("The Basic credentials are not valid base64.");
        }
        var colon = decoded.IndexOf(':');
        if (colon <= 0)
            return AuthenticateResult.Fail("The Basic credentials have no user name.");

        var user = await users.VerifyAsync(decoded[..colon], decoded[(colon + 1)..], Context.RequestAborted);
        if (user is null)
            return AuthenticateResult.Fail("Wrong user name or password.");
        var principal = AccountStatus.ToPrincipal(user, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"NewsArchive\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
