using System.Text;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>Behaviour kept by the allocation-saving paths: span trims, the UTF-8 check, short script literals skipped unbuilt.</summary>
public class ExtractionSpeedPathTests
{
    private const string Paragraph = "The council voted on Tuesday to rebuild the old bridge over the river, after years of closures and repairs.";

    [Theory]
    [InlineData("(AP)", "The Associated Press")]
    [InlineData("  Reuters. ", "Reuters")]
    [InlineData("AFP/The Local", "AFP")]
    [InlineData("pa", null)]
    [InlineData("()", null)]
    public void AgencyCreditsAreRecognisedThroughTheirBrackets(string text, string? expected)
    {
        Assert.Equal(expected, NewsAgencies.Recognise(text));
    }

    [Fact]
    public void ValidUtf8DecodesAsUtf8AndStrayLegacyBytesFallBack()
    {
        var utf8 = PageDecoder.Decode(Encoding.UTF8.GetBytes("Café — Київ"));
        Assert.Equal(("Café — Київ", "utf-8"), (utf8.Text, utf8.EncodingName));
        // 0xE9 alone is not UTF-8: with no multi-byte sequence and no declaration the page is Windows-1252.
        var legacy = PageDecoder.Decode([(byte)'C', (byte)'a', (byte)'f', 0xE9]);
        Assert.Equal(("Café", "windows-1252"), (legacy.Text, legacy.EncodingName));
    }

    [Fact]
    public void ScriptProseSkipsShortLiteralsAndReadsEscapedLongOnes()
    {
        var script = "var s = {\"title\":\"Bridge\",\"body\":\"<p>" + Paragraph.Replace("bridge", "\\\"bridge\\\"") + "<\\/p>\"};";
        var prose = HtmlArticleBody.ProseInScripts([script]);
        Assert.Equal([Paragraph.Replace("bridge", "\"bridge\"")], prose);
    }

    [Fact]
    public void ScriptLiteralShorterThanAParagraphOnceUnescapedIsNotProse()
    {
        // 90 characters as written, 40 once the \u escapes are read: too short to be an article paragraph.
        var escaped = string.Concat(Enumerable.Repeat("\\u0041", 10)) + "<p>" + new string('b', 27);
        var prose = HtmlArticleBody.ProseInScripts(["x = \"" + escaped + "\";"]);
        Assert.Empty(prose);
    }
}
