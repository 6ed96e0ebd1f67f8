using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class HtmlBylineMarkupTests
{
    // A log-in box's id ("authorization") starts like "author" but holds "Sign In", not a byline.
    [Fact]
    public void LogInBoxIsNotTheByline()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>The harbour board met for the {i}th time this year and agreed that the old pier needs a new deck before the winter storms arrive.</p>"));
        var html = $"""
            <html><head><title>Pier repairs approved | Harbour Gazette</title></head><body>
            <header><div id="authorization"><a href="/signin">Sign In</a> | <a href="/register">Sign Up</a></div></header>
            <article><h1>Pier repairs approved</h1>
            <div class="byline">By <a rel="author" href="/staff/jane-model">Jane Model</a></div>
            {paragraphs}</article></body></html>
            """;

        var article = HtmlExtractor.Extract(html).Article!;

        Assert.Equal(["Jane Model"], article.Authors);
    }

    [Theory]
    [InlineData("authorization", false)]
    [InlineData("authority-badge", false)]
    [InlineData("author-info", true)]
    [InlineData("authorinfo", true)]
    [InlineData("bylines", true)]
    public void ClassWordsThatNameAByline(string cls, bool byline)
    {
        var html = $"""<html><body><div class="{cls}">Jane Model</div><p>The harbour board met and agreed that the old pier needs a new deck before the storms.</p></body></html>""";
        var page = HtmlPageModel.Build(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
        Assert.Equal(byline, page.BylineCandidates.Any(n => n.Element.ClassName == cls));
    }
}
