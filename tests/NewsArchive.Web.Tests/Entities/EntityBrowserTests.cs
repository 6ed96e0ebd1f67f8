using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Tests.Entities;

/// <summary>People and places in a real headless Chromium: the list, an entity page, and the search box's suggestions by keyboard.</summary>
public sealed class EntityBrowserTests
{
    [ChromiumFact]
    public async Task A_reader_finds_a_person_and_picks_a_suggestion_with_the_keyboard()
    {
        await using var session = await ChromiumSession.StartAsync(20_000);
        var (app, root, page) = (session.App, session.Root, session.Page);
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<PageIngestor>().IngestAsync("000_7ab0d674ca9279b7.txt", Pages.Seed, null);

        await page.GotoAsync(root + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await session.WaitForPageAsync(root + "/people");
        // Typing filters the list on the page without a round trip.
        await page.Locator("#entity-filter").FillAsync("ushak");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vladimir Putin" })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Yuri Ushakov" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yuri Ushakov");
        await Assertions.Expect(page.Locator("svg.month-chart")).ToBeVisibleAsync();

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the archive" });
        await box.FillAsync("talks zel");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Volodymyr Zelenskyy" })).ToBeVisibleAsync();
        await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");
        await Assertions.Expect(box).ToHaveValueAsync("talks person:\"Volodymyr Zelenskyy\" ");
        // Escape closes an open list and keeps what was typed.
        await box.PressSequentiallyAsync("Kyi");
        var kyiv = page.GetByRole(AriaRole.Option, new() { Name = "Kyiv" });
        await Assertions.Expect(kyiv).ToBeVisibleAsync();
        await box.PressAsync("Escape");
        await Assertions.Expect(kyiv).ToBeHiddenAsync();
        await box.FillAsync("talks person:\"Volodymyr Zelenskyy\"");
        await box.PressAsync("Enter");
        await session.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/search\\?q="));
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync("1 result");
        await Assertions.Expect(page.Locator(".filter-chips")).ToContainTextAsync("Volodymyr Zelenskyy");
    }
}
