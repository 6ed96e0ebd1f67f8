using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>
/// Headline and dates of text dumps whose layouts the stack rules do not frame: blog posts, footer dates,
/// day-first slashed dates.
/// </summary>
public class TextDumpHeadGeneralTests
{
    private static readonly string Prose = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
        $"Paragraph {i} of the post explains how the shell setup changed and why the old way of jumping around was not enough."));

    // Long enough that what follows the story lies outside the window searched around its start.
    private static readonly string LongProse = string.Join("\n", Enumerable.Range(1, 16).Select(i =>
        $"Paragraph {i} of the post explains how the shell setup changed and why the old way of jumping around was not enough."));

    private static readonly string ProseIt = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
        $"Il paragrafo {i} della notizia spiega che cosa ha deciso il consiglio e perché gli abitanti della città non sono contenti."));

    private static ExtractedArticle Extract(string text)
    {
        var result = TextDumpExtractor.Extract(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void ListOfNamesOverTheDateIsNotTheHeadline()
    {
        var text = "Menu\nWhat the flood left behind in the valley towns\nJane Model, Ruwaida Kamal Sample\nNovember 8 2023, 3:18 p.m.\n" + Prose;
        var article = Extract(text);
        Assert.Equal("What the flood left behind in the valley towns", article.Headline);
        Assert.Equal(["Jane Model", "Ruwaida Kamal Sample"], article.Authors);
    }

    [Fact]
    public void ShortBlogTitleOverATagStillIsTheHeadline()
    {
        var text = "Toggle navigation\nBio\nBlog\nContact\nShell jumpers\nblog\n" + Prose;
        Assert.Equal("Shell jumpers", Extract(text).Headline);
    }

    [Fact]
    public void FirstBodyLineBeatsAMenuRowAbove()
    {
        var text = "Inicio  NACIONAL  CIUDAD\n" +
                   "El consejo rechaza el plan para un nuevo puente sobre el río\n" + ProseIt;
        Assert.Equal("El consejo rechaza el plan para un nuevo puente sobre el río", Extract(text).Headline);
    }

    [Theory]
    [InlineData("Created late in the afternoon of Sunday, October 18th, 2020.", 2020, 10, 18)]
    [InlineData("Written by Jane Roe on July 27, 2017", 2017, 7, 27)]
    [InlineData("Author: Bo am 29.12.2010, 13:36 Uhr", 2010, 12, 29)]
    public void DateInTheCreditOrFooterAfterTheStory(string footer, int year, int month, int day)
    {
        var text = "Menu\nHow the shell jumps between projects\n" + LongProse + "\nShare this\n" + footer + "\nComments\n";
        Assert.Equal(new DateOnly(year, month, day), Extract(text).Published?.Date);
    }

    [Fact]
    public void BareDateAfterTheStoryIsAComment()
    {
        var text = "Menu\nHow the shell jumps between projects\n" + LongProse + "\nComments\nDecember 14, 2019 8:44 pm\nNice post!\n";
        Assert.Null(Extract(text).Published);
    }

    [Fact]
    public void AmbiguousSlashedDateOnANonEnglishPageIsDayFirst()
    {
        var text = "Menu\nIl consiglio rifiuta il piano per un nuovo ponte sul fiume\nDi Mario Rossi | 12/10/2020\n" + ProseIt;
        Assert.Equal(new DateOnly(2020, 10, 12), Extract(text).Published?.Date);
    }

    [Fact]
    public void AmbiguousSlashedDateOnAnEnglishPageIsMonthFirst()
    {
        var text = "Menu\nHow the shell jumps between projects\nBy Jane Roe | 12/10/2020\n" + Prose;
        Assert.Equal(new DateOnly(2020, 12, 10), Extract(text).Published?.Date);
    }

    [Fact]
    public void AuthorsWithTheirRolesAreNotTheHeadline()
    {
        var text = "Skip navigation\nSpeak Freely\nThis County Punished Students for Bad Grades – Until Now\n" +
                   "Jane Roe, Staff Attorney, Racial Justice Program\n" +
                   "& John Doe, Director of Education Equity, Civil Liberties Foundation\nJuly 25, 2019 | 11:15 PM\nTags\n" + Prose;
        Assert.Equal("This County Punished Students for Bad Grades – Until Now", Extract(text).Headline);
    }

    [Fact]
    public void BareDateRightAfterTheStoryIsItsDate()
    {
        var text = "Menu\nHow the shell jumps between projects\n" + LongProse + "\nNext Page\nPages: 1 2 3\nJune 5, 2019\nSearch\n";
        Assert.Equal(new DateOnly(2019, 6, 5), Extract(text).Published?.Date);
    }

    [Fact]
    public void TitleEndingWithAFullStopBeatsAMenuEntryAbove()
    {
        const string title = "Wild goats ruled this island for a century. Now it is being reborn.";
        var text = "EXPLORE\nMAGAZINE\nPHOTO OF THE DAY\nTV SCHEDULE\n" + title + "\n" + Prose;
        Assert.Equal(title, Extract(text).Headline);
    }

    [Fact]
    public void CreditNamingTheWorkFirstIsNoHeadline()
    {
        // "NEWS WIRES" is no person, so the line is no byline either; it must still not win over the title above it.
        var text = "Home\nAsia-pacific\nThird harbour pier closed after the storm\nTweet\nprint\n" +
            "© Jane Model, AFP | Divers inspect the pier where the storm broke its pilings last week\nText by NEWS WIRES\nLatest update : 2015-05-12\n" + Prose;
        Assert.Equal("Third harbour pier closed after the storm", Extract(text).Headline);
    }
}
