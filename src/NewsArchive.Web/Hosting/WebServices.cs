using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Accounts;
using NewsArchive.Web.Uploads;
using Serilog;

namespace NewsArchive.Web.Hosting;

/// <summary>Everything the web app registers, in one place (eShop's AddApplicationServices); the archive itself via the data layer's AddArchive.</summary>
public static class WebServices
{
    public const string ReadPolicy = "Read";
    public const string WritePolicy = "Write";
    public const string ApiWritePolicy = "ApiWrite";
    private const string CookieOrBasic = "CookieOrBasic";

    public static IServiceCollection AddArchiveWeb(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.Section));
        var archive = configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>() ?? new ArchiveOptions();
        // Sign-in cookies and antiforgery tokens stay valid across restarts and container rebuilds that keep the data folder.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(archive.ResolveDataFolder(contentRoot), "keys")));

        services.AddSerilog((sp, log) =>
        {
            var dataFolder = sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.ResolveDataFolder(sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            log.ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console()
                .WriteTo.File(Path.Combine(dataFolder, "logs", "newsarchive-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        });

        // A relative Data Source is taken from the content root (not the shell's folder), so a fresh clone runs as is.
        services.AddArchive(
            ArchiveDatabase.ResolveConnectionString(configuration.GetConnectionString(ArchiveDatabase.ConnectionStringName), contentRoot),
            new IngestOptions { MaxPageBytes = archive.MaxFileBytes });

        // Upload limits come from the same options, so a test or a self-hoster changes them in one place.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ArchiveOptions>>((kestrel, archive) =>
            kestrel.Limits.MaxRequestBodySize = archive.Value.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<ArchiveOptions>>((form, archive) =>
            form.MultipartBodyLengthLimit = archive.Value.MaxRequestBytes);

        services.AddSingleton<AccountStatus>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportQueue>());
        services.AddScoped<UploadReceiver>();

        AddAuth(services);

        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Articles", ReadPolicy);
            pages.Conventions.AuthorizeFolder("/Search", ReadPolicy);
            pages.Conventions.AuthorizeFolder("/Entities", ReadPolicy);
            pages.Conventions.AuthorizeFolder("/Upload", WritePolicy);
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    private static void AddAuth(IServiceCollection services)
    {
        services.AddAuthentication(CookieOrBasic)
            .AddPolicyScheme(CookieOrBasic, "Cookie, or HTTP Basic for API clients", policy =>
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
                        ? BasicAuthenticationHandler.SchemeName
                        : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/account/sign-in";
                cookie.LogoutPath = "/account/sign-out";
                cookie.AccessDeniedPath = "/account/sign-in";
                cookie.Cookie.Name = "newsarchive.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
                // Programs get a status code, people get the sign-in page.
                cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);

        services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.AddRequirements(new ReadAccessRequirement()))
            .AddPolicy(WritePolicy, p => p.RequireAuthenticatedUser())
            // API writes take Basic only: a cookie alone would make them forgeable from another site (no antiforgery token in an API call).
            .AddPolicy(ApiWritePolicy, p => p.AddAuthenticationSchemes(BasicAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"NewsArchive\", charset=\"UTF-8\"";
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    public static void UseArchiveErrorPages(this WebApplication app)
    {
        // The API answers errors with ProblemDetails; people get a page. Neither ever shows a stack trace outside Development.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), web =>
        {
            if (app.Environment.IsDevelopment())
                web.UseDeveloperExceptionPage();
            else
                web.UseExceptionHandler("/error");
            web.UseStatusCodePagesWithReExecute("/status/{0}");
        });
        app.UseMiddleware<RequestTooLargeMiddleware>();
    }
}

/// <summary>Reading is public unless <see cref="ArchiveOptions.PublicRead"/> is off; checked per request so configuration changes apply.</summary>
public sealed class ReadAccessRequirement : IAuthorizationRequirement;

public sealed class ReadAccessHandler(IOptionsMonitor<ArchiveOptions> options) : AuthorizationHandler<ReadAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccessRequirement requirement)
    {
        if (options.CurrentValue.PublicRead || context.User.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
