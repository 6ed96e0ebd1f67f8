using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Uploads;

namespace NewsArchive.Web.Pages;

/// <summary>Friendly pages for error status codes (re-executed by the status code pages middleware).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IOptions<ArchiveOptions> options) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // When re-executed for an error, the response already carries the real status (a re-executed POST may not bind the route value).
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            code = Response.StatusCode;
        // Keep the original status code; only the body changes.
        (Title, Explanation) = code switch
        {
            400 => ("Bad request", "The request could not be understood. If you submitted a form, reload the page and try again (forms expire)."),
            401 or 403 => ("Not allowed", "Sign in to do this."),
            404 => ("Not found", "There is no such page or article. It may have been deleted."),
            405 => ("Not allowed", "This address does not accept that kind of request."),
            413 => ("Upload too large", $"The upload is larger than the {UploadReceiver.Size(options.Value.MaxRequestBytes)} limit for one request. Upload fewer files at a time, or split the .zip."),
            _ => ("Something went wrong", $"The server answered with status {code}."),
        };
    }
}
