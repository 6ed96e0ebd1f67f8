using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Turns an over-limit upload into a plain 413 (a page for people, ProblemDetails for the API) instead of a
/// 500 or a bare connection reset: declared lengths are refused before reading, streamed ones when the limit trips.
/// </summary>
public sealed class RequestTooLargeMiddleware(RequestDelegate next, IOptionsMonitor<ArchiveOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Not when the status code page re-executes this same request to explain the 413.
        if (context.Request.ContentLength is { } length && length > options.CurrentValue.MaxRequestBytes && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsTooLarge(e) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    private static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
}
