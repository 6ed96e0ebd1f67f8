using NewsArchive.Core.Entities;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests.Entities;

public class AnnotateTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.Shared;

    private static ExtractedArticle Article(string? headline, string? dateline, string[] authors, params string[] paragraphs) =>
        Recognizer.Annotate(new ExtractedArticle
        {
            Format = PageFormat.Text,
            Headline = headline,
            Dateline = dateline,
            Authors = authors,
            Paragraphs = paragraphs,
        });

    [Fact]
    public void Title_full_name_surname_and_possessive_are_one_person()
    {
        var a = Article("Putin warns the West", "MOSCOW", ["Jane Reporter"],
            "MOSCOW (AP) — Russian President Vladimir Putin said on Friday that talks would go on.",
            "Putin's spokesman said the Kremlin was ready. Putin did not say when.");
        var putin = Assert.Single(a.Persons, p => p.Canonical == "Vladimir Putin");
        Assert.True(putin.Count >= 4, $"count {putin.Count}");
        Assert.Contains("Putin", putin.Aliases);
        Assert.DoesNotContain(a.Persons, p => p.Canonical == "Putin");
        var author = Assert.Single(a.Persons, p => p.IsAuthor);
        Assert.Equal("Jane Reporter", author.Canonical);
        Assert.Equal(0, author.Count);
    }

    [Fact]
    public void A_captions_photo_credit_names_no_one()
    {
        var a = Recognizer.Annotate(new ExtractedArticle
        {
            Format = PageFormat.Text,
            Captions = ["FILE - Residents clear debris in Kharkiv, Ukraine, on May 10, 2025. (AP Photo/Evan Vucci, Files)"],
            Paragraphs = ["The mayor said the city would rebuild the school before winter."],
        });
        Assert.DoesNotContain(a.Persons, p => p.Canonical is "Files" or "Evan Vucci");
        Assert.Contains(a.Places, p => p.Canonical == "Kharkiv");
    }

    [Fact]
    public void Spelling_variants_get_one_canonical_name_across_articles()
    {
        var one = Article(null, null, [], "Ukrainian President Volodymyr Zelensky met allies in Brussels.");
        var two = Article(null, null, [], "Ukrainian President Volodymyr Zelenskyy met allies in Brussels.");
        var three = Article(null, null, [], "Zelenskiy said on Sunday that Ukraine needed more air defence.");
        Assert.Contains(one.Persons, p => p.Canonical == "Volodymyr Zelenskyy");
        Assert.Contains(two.Persons, p => p.Canonical == "Volodymyr Zelenskyy");
        Assert.Contains(three.Persons, p => p.Canonical == "Volodymyr Zelenskyy");
    }

    [Fact]
    public void Place_qualified_by_its_country_resolves_there()
    {
        var a = Article(null, null, [], "The festival in Aarhus, Denmark, drew large crowds this year.");
        var aarhus = Assert.Single(a.Places, p => p.Canonical == "Aarhus");
        Assert.Equal("DK", aarhus.CountryCode);
        Assert.NotNull(aarhus.GeoNameId);
        Assert.InRange(aarhus.Latitude!.Value, 55.9, 56.4);
        Assert.Contains(a.Places, p => p.Canonical == "Denmark" && p.CountryCode == "DK");
    }

    [Fact]
    public void Paris_alone_is_France_and_Paris_qualified_is_not()
    {
        var france = Article(null, null, [], "Thousands marched in Paris on Saturday against the pension reform.");
        Assert.Equal("FR", Assert.Single(france.Places, p => p.Canonical == "Paris").CountryCode);

        var texas = Article(null, null, [], "The rodeo in Paris, Texas, drew riders from three states.");
        var paris = Assert.Single(texas.Places, p => p.Canonical == "Paris");
        Assert.Equal("US", paris.CountryCode);
        Assert.Equal("Texas", paris.Admin1);

        // GeoNames' 15,000+ cities list has no Paris in Ontario: the name is kept, with what the text says.
        var ontario = Article(null, null, [], "The plant in Paris, Ontario, will close next year, the company said.");
        var unresolved = Assert.Single(ontario.Places, p => p.Canonical == "Paris");
        Assert.Equal("CA", unresolved.CountryCode);
        Assert.Null(unresolved.GeoNameId);
    }

    [Fact]
    public void Georgia_is_the_country_or_the_state_by_the_places_around_it()
    {
        var country = Article(null, null, [], "Protesters gathered in Tbilisi as Georgia prepared for elections.");
        Assert.Equal("GE", Assert.Single(country.Places, p => p.Canonical == "Georgia").CountryCode);

        var state = Article(null, null, [], "Storms hit Atlanta and other parts of Georgia on Sunday.");
        var georgia = Assert.Single(state.Places, p => p.Canonical == "Georgia");
        Assert.Equal("US", georgia.CountryCode);
        Assert.Equal("Georgia", georgia.Admin1);
    }

    [Fact]
    public void Dateline_place_is_a_place_of_the_article()
    {
        var a = Article(null, "KYIV", [], "Officials said the power plant was hit overnight.");
        var kyiv = Assert.Single(a.Places);
        Assert.Equal("Kyiv", kyiv.Canonical);
        Assert.Equal("UA", kyiv.CountryCode);
    }

    [Fact]
    public void Old_and_new_spellings_of_a_place_are_one_place()
    {
        var a = Article(null, null, [], "Kiev, as the city was then spelled, is now written Kyiv in English.");
        var kyiv = Assert.Single(a.Places, p => p.Canonical == "Kyiv");
        Assert.Equal(2, kyiv.Count);
    }

    [Fact]
    public void Unknown_places_are_kept_as_names()
    {
        var places = PlaceResolver.Resolve([new PlaceMentionText("Lake Wobbleton", null)], null, Recognizer.Gazetteer);
        var (place, mentions) = Assert.Single(places);
        Assert.Equal("Lake Wobbleton", place.Canonical);
        Assert.Null(place.GeoNameId);
        Assert.Equal([0], mentions);
    }
}
