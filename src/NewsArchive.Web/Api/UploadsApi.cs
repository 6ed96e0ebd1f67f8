using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Uploads;

namespace NewsArchive.Web.Api;

public sealed record ImportItemJson(string FileName, string Outcome, string? Reason, long? ArticleId);

public sealed record ImportBatchJson(long Id, int Total, int Done, bool Finished, int Imported, int Duplicates, int Rejected, string StatusUrl, IReadOnlyList<ImportItemJson> Items);

public static class UploadsApi
{
    public static void MapUploadsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/uploads").WithTags("Uploads");

        // Multipart from scripts (curl -u user:pass -F file=@page.txt). Basic only, hence no antiforgery token to ask for.
        api.MapPost("/", async Task<Results<Created<ImportBatchJson>, Accepted<ImportBatchJson>, ProblemHttpResult>> (HttpRequest request, UploadReceiver receiver, ArchiveDb db, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
                return TypedResults.Problem("Send the pages as multipart/form-data (one or more file fields, or a .zip).", statusCode: StatusCodes.Status400BadRequest, title: "Not a multipart upload");
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count == 0)
                return TypedResults.Problem("The request holds no files.", statusCode: StatusCodes.Status400BadRequest, title: "No files");
            var files = form.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
            var batchId = await receiver.ReceiveAsync(files, request.HttpContext.User.Identity?.Name, ct);
            var batch = await db.ImportBatches.AsNoTracking().Include(b => b.Items).FirstAsync(b => b.Id == batchId, ct);
            var json = ToJson(batch);
            return batch.FinishedUtc is null ? TypedResults.Accepted(json.StatusUrl, json) : TypedResults.Created(json.StatusUrl, json);
        })
        .RequireAuthorization(WebServices.ApiWritePolicy)
        .DisableAntiforgery()
        .WithSummary("Upload pages (files or .zip) with HTTP Basic auth. 201 when imported at once, 202 when queued: poll the status URL.");

        api.MapGet("/{id:long}", async Task<Results<Ok<ImportBatchJson>, NotFound>> (long id, ArchiveDb db, CancellationToken ct) =>
        {
            var batch = await db.ImportBatches.AsNoTracking().Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == id, ct);
            return batch is null ? TypedResults.NotFound() : TypedResults.Ok(ToJson(batch));
        })
        .RequireAuthorization(WebServices.WritePolicy)
        .WithSummary("Progress and per-file outcomes of an upload batch.");
    }

    public static ImportBatchJson ToJson(ImportBatch b) => new(
        b.Id, b.Total, b.Done, b.FinishedUtc is not null,
        b.Items.Count(i => i.Outcome == ImportOutcome.Imported),
        b.Items.Count(i => i.Outcome == ImportOutcome.Duplicate),
        b.Items.Count(i => i.Outcome == ImportOutcome.Rejected),
        $"/api/uploads/{b.Id}",
        [.. b.Items.OrderBy(i => i.Id).Select(i => new ImportItemJson(i.FileName, i.Outcome.ToString().ToLowerInvariant(), i.Reason, i.ArticleId))]);
}
