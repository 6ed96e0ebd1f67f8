using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>
/// Byline rules that the HTML pages and the text dumps share: one list of courtesy titles, one menu-entry rule.
/// </summary>
public class BylineConsolidationTests
{
    [Theory]
    [InlineData("By Miss Jane Sample", "Jane Sample")]
    [InlineData("By Mrs Jane Sample", "Jane Sample")]
    [InlineData("By Prof. Jane Sample", "Jane Sample")]
    public void EveryCourtesyTitleIsDroppedBeforeAGivenName(string text, string author)
    {
        Assert.Equal([author], Bylines.Parse(text).Authors);
    }

    [Theory]
    [InlineData("Miss H Sample")]
    [InlineData("Ms. J. R. Sample")]
    public void EveryCourtesyTitleStaysBeforeInitials(string text)
    {
        Assert.Equal([text], Bylines.Parse(text).Authors);
        Assert.True(Bylines.IsHonorificName(text));
    }
}
