using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsArchive.Web.Pages.Entities;

public sealed record MonthCount(int Year, int Month, int Count);

/// <summary>
/// Mentions over time as an inline SVG bar chart, one bar per month from the first to the last month with
/// articles (empty months included, so gaps show). Rendered on the server: no chart library, works without JS.
/// </summary>
public static class MonthChart
{
    /// <summary>Beyond this the chart shows the latest months only; bars would be thinner than a pixel.</summary>
    public const int MaxMonths = 120;

    private const double Width = 720, Height = 160, Top = 12, Bottom = 22;

    public static IHtmlContent Render(IReadOnlyList<MonthCount> months, string name)
    {
        if (months.Count == 0)
            return HtmlString.Empty;
        var counts = months.ToDictionary(m => m.Year * 12 + m.Month - 1, m => m.Count);
        var last = counts.Keys.Max();
        // At least a year wide, so one busy month reads as a bar, not as the whole chart.
        var first = Math.Max(Math.Min(counts.Keys.Min(), last - 11), last - MaxMonths + 1);
        var n = last - first + 1;
        var max = Math.Max(1, counts.Where(kv => kv.Key >= first).Max(kv => kv.Value));
        var slot = Width / n;
        var bar = Math.Max(1, slot * 0.8);
        var inv = CultureInfo.InvariantCulture;
        string Label(int index) => new DateTime(index / 12, index % 12 + 1, 1).ToString("MMMM yyyy", inv);
        var total = counts.Where(kv => kv.Key >= first).Sum(kv => kv.Value);
        var busiest = counts.Where(kv => kv.Key >= first).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();

        var e = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg class=\"month-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" preserveAspectRatio=\"none\">");
        svg.Append("<title id=\"chart-title\">").Append(e.Encode($"Articles mentioning {name} per month")).Append("</title>");
        svg.Append("<desc id=\"chart-desc\">").Append(e.Encode(
            $"{total} articles from {Label(first)} to {Label(last)}; the busiest month was {Label(busiest.Key)} with {busiest.Value}.")).Append("</desc>");
        svg.Append(inv, $"<line class=\"axis\" x1=\"0\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\"/>");
        for (var i = 0; i < n; i++)
        {
            var month = first + i;
            var count = counts.GetValueOrDefault(month);
            var h = count == 0 ? 0 : Math.Max(2, (Height - Top - Bottom) * count / max);
            var x = i * slot + (slot - bar) / 2;
            svg.Append(inv, $"<rect class=\"bar\" x=\"{x:0.##}\" y=\"{Height - Bottom - h:0.##}\" width=\"{bar:0.##}\" height=\"{h:0.##}\">");
            svg.Append("<title>").Append(e.Encode($"{Label(month)}: {count} {(count == 1 ? "article" : "articles")}")).Append("</title></rect>");
            // Year labels under January (and under the first bar), when there is room for them.
            if ((month % 12 == 0 || i == 0) && (n <= 36 || month % 12 == 0))
                svg.Append(inv, $"<text class=\"tick\" x=\"{i * slot + 1:0.##}\" y=\"{Height - 6}\">")
                    .Append(e.Encode(n <= 12 ? new DateTime(month / 12, month % 12 + 1, 1).ToString("MMM yyyy", inv) : (month / 12).ToString(inv))).Append("</text>");
        }
        svg.Append(inv, $"<text class=\"tick\" x=\"2\" y=\"{Top - 2}\">max {max} per month</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
