using NewsArchive.Web.Api;
using NewsArchive.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddArchiveWeb(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

await app.Services.PrepareArchiveAsync(app.Lifetime.ApplicationStopping);

app.UseSerilogRequestLogging();
app.UseArchiveErrorPages();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapOpenApi();
app.MapArticlesApi();
app.MapSearchApi();
app.MapUploadsApi();
app.MapEntitiesApi();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
