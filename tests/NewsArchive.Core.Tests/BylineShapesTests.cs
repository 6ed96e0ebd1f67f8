using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>
/// Bylines recognised by their shape (a courtesy title, a one-word "By X") rather than by word lists.
/// </summary>
public class BylineShapesTests
{
    private static readonly string Prose = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
        $"Paragraph {i} of the review says the boxes came on time and that the recipes were easy to follow on a weeknight."));

    private static ExtractedArticle Extract(string text)
    {
        var result = TextDumpExtractor.Extract(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Theory]
    [InlineData("Mrs H Sample", "Mrs H Sample")]
    [InlineData("Dr. J. R. Model", "Dr. J. R. Model")]
    [InlineData("By Dr. Anna Sample", "Anna Sample")]
    [InlineData("By Mr Ben Model", "Ben Model")]
    public void CourtesyTitleStaysOnlyWhereNoGivenNameFollows(string text, string author)
    {
        Assert.Equal([author], Bylines.Parse(text).Authors);
    }

    [Theory]
    [InlineData("Mrs H Sample", true)]
    [InlineData("Dr. Anna Model", true)]
    [InlineData("Mrs Sample and the kitchen", false)]
    [InlineData("Anna Model", false)]
    public void RecognisesNamesWithACourtesyTitle(string text, bool expected)
    {
        Assert.Equal(expected, Bylines.IsHonorificName(text));
    }

    [Fact]
    public void TitledNameNextToTheTitleIsTheAuthorWithoutADate()
    {
        var text = "Log in\nSign up\nReview of example.org\nMrs H Sample\n2 reviews\n" + Prose;
        Assert.Equal(["Mrs H Sample"], Extract(text).Authors);
    }

    [Fact]
    public void TitledNameFarFromTheTitleIsNotTheAuthor()
    {
        var text = "Mrs H Sample\nLog in\nSign up\nHelp\nContact\nReview of example.org\nShare this\n2 reviews\n" + Prose;
        Assert.Empty(Extract(text).Authors);
    }

    [Fact]
    public void SortMenuOfByEntriesIsNoByline()
    {
        var text = "Recipes\nBy Course or Type\nQuick Dinners\nBy Method\nBy Season\nSoups\nHow to keep a winter soup fresh for a week\n" + Prose;
        Assert.Empty(Extract(text).Authors);
    }

    [Fact]
    public void MarkerAndOneWordAmongLabelsIsNoByline()
    {
        var text = "Filtros\nTipo\nAutor\nCRÉDITOS\nTópico\nHow to keep a winter soup fresh for a week\n" + Prose;
        Assert.Empty(Extract(text).Authors);
    }

    [Fact]
    public void OneWordHandleBesideTheHeadlineAndDateIsTheAuthor()
    {
        var text = "Forum\nBig patch notes for the winter build of the game\nThread starter Quillon\nStart date Sep 18, 2020\n" + Prose;
        Assert.Equal(["Quillon"], Extract(text).Authors);
    }
}
