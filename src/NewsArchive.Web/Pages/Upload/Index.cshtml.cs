using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Uploads;

namespace NewsArchive.Web.Pages.Upload;

/// <summary>The upload form; the outcome list is the batch page it redirects to.</summary>
public sealed class UploadModel(UploadReceiver receiver, IOptions<ArchiveOptions> options) : PageModel
{
    public string? Error { get; private set; }
    public string MaxFile => UploadReceiver.Size(options.Value.MaxFileBytes);
    public string MaxRequest => UploadReceiver.Size(options.Value.MaxRequestBytes);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var chosen = files.Where(f => !string.IsNullOrEmpty(f.FileName)).ToList();
        if (chosen.Count == 0)
        {
            Error = "Choose at least one file to upload.";
            return Page();
        }
        var batchId = await receiver.ReceiveAsync([.. chosen.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream))], User.Identity?.Name, ct);
        return RedirectToPage("/Upload/Batch", new { id = batchId });
    }
}
