using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>The HTML article body: what the content search keeps and what it leaves out, on small pages of our own.</summary>
public class HtmlBodyTests
{
    private static readonly string[] Prose =
    [
        "The council met on Tuesday evening to discuss the new bridge, which has been delayed for three years, and voted to ask for fresh tenders.",
        "Residents who attended the meeting said the old crossing was unsafe, that lorries had damaged the railings, and that children walked in the road.",
        "The engineer told members that the revised design would cost less, use local stone, and could be finished before the winter floods arrive.",
        "A spokesman for the county said the money had been set aside, but that the final decision would rest with the transport committee in March.",
    ];

    private static string Paragraphs(params string[] paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    private static ExtractedArticle Extract(string html)
    {
        var result = HtmlExtractor.Extract(html);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void TableCellsWithNumbersStayInTheBody()
    {
        var html = $"""
            <html><body><article><h1>Parser speed compared</h1>
            {Paragraphs(Prose[0], Prose[1])}
            <table><tr><th>file</th><th>speed</th></tr><tr><td>gsoc-2018</td><td>0.098 GB/s</td></tr></table>
            {Paragraphs(Prose[2], Prose[3])}
            </article></body></html>
            """;
        var body = Extract(html).Body;
        Assert.Contains("gsoc-2018", body);
        Assert.Contains("0.098 GB/s", body);
    }

    [Theory]
    [InlineData("Updated: March 3, 2024 10:15 a.m. ET")]
    [InlineData("3 July 2025")]
    [InlineData("2025-07-03")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("Asked 8 years, 2 months ago")]
    public void DateLinesAreNotBody(string line)
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1><p>{line}</p>
            {Paragraphs(Prose)}
            </article></body></html>
            """;
        var article = Extract(html);
        Assert.DoesNotContain(line, article.Body);
        Assert.StartsWith("The council met", article.Paragraphs[0]);
    }

    [Fact]
    public void ProseThatMentionsADownloadDoesNotEndTheBody()
    {
        var html = $"""
            <html><body><article><h1>Scraping search results</h1>
            {Paragraphs(Prose)}
            <p>That is it. You can clone or download the entire script from the repository linked above.</p>
            <p>There are also some caveats: too many requests over a short period will be blocked, which limits how fast you can go.</p>
            </article></body></html>
            """;
        Assert.Contains("There are also some caveats", Extract(html).Body);
    }

    [Fact]
    public void NewsletterPitchAfterTheArticleIsCut()
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1>
            {Paragraphs(Prose)}
            <p>Sign up for our daily newsletter to get the latest news.</p>
            </article></body></html>
            """;
        Assert.DoesNotContain("newsletter", Extract(html).Body);
    }

    [Fact]
    public void StandfirstInThePageHeaderLeadsTheBodyWhenTheDescriptionSaysTheSame()
    {
        const string standfirst = "Councillors back a cheaper stone design after three years of delays.";
        var html = $"""
            <html><head><meta name="description" content="{standfirst}"></head><body>
            <header class="article-header"><h1>Bridge plan approved</h1><p class="dek">{standfirst}</p>
            <p>A short note in the header that is not the description at all, about something else.</p></header>
            <div class="story">{Paragraphs(Prose)}</div>
            </body></html>
            """;
        var article = Extract(html);
        Assert.Equal(standfirst, article.Paragraphs[0]);
        Assert.StartsWith("The council met", article.Paragraphs[1]);
        Assert.DoesNotContain("A short note in the header", article.Body);
    }

    [Fact]
    public void WithoutAMatchingDescriptionTheHeaderStaysOut()
    {
        var html = $"""
            <html><head><meta name="description" content="Something the page never prints in its visible text at all."></head><body>
            <header class="article-header"><h1>Bridge plan approved</h1><p class="dek">Councillors back a cheaper stone design after three years of delays.</p></header>
            <div class="story">{Paragraphs(Prose)}</div>
            </body></html>
            """;
        var article = Extract(html);
        Assert.StartsWith("The council met", article.Paragraphs[0]);
        Assert.DoesNotContain("Councillors back", article.Body);
    }

    [Fact]
    public void ArticleRenderedFromAScriptTemplateIsRead()
    {
        var html = $"""
            <html><body><div class="post"><h1>Bridge plan approved</h1>
            <div class="post-body"><script type="text/template">{Paragraphs(Prose)}</script></div></div>
            </body></html>
            """;
        var article = Extract(html);
        Assert.Equal(Prose, article.Paragraphs);
    }

    [Fact]
    public void IntroInAWrapperBesideTheMainTextIsKept()
    {
        const string intro = "Bridges, tunnels and ferries were all on the table, and the county weighed each of them, with advice from engineers, for a year before choosing, as residents waited.";
        var html = $"""
            <html><body><div class="page"><div class="content">
            <div class="intro">{Paragraphs(intro)}</div>
            <div class="body-wrap"><div class="nav-left"><a href="/a">Contents</a></div><div class="text">{Paragraphs(Prose)}{Paragraphs(Prose.Select(p => p.Replace("The ", "Then the ")).ToArray())}</div></div>
            </div></div>
            <div class="footer-links"><p>About us, contact, careers, and the rest of the links that every page carries at its foot.</p></div>
            </body></html>
            """;
        var article = Extract(html);
        Assert.Equal(intro, article.Paragraphs[0]);
        Assert.DoesNotContain("careers", article.Body);
    }

    [Fact]
    public void TableInsideAFigureIsBodyNotCaption()
    {
        var html = $"""
            <html><body><article><h1>Fees compared</h1>
            {Paragraphs(Prose[0], Prose[1])}
            <figure><table><tr><td>Wire transfer</td><td>Free deposit, 1 GBP withdrawal</td></tr></table></figure>
            <figure><img src="a.jpg"><figcaption>The old bridge in 1950.</figcaption></figure>
            {Paragraphs(Prose[2], Prose[3])}
            </article></body></html>
            """;
        var article = Extract(html);
        Assert.Contains("Free deposit, 1 GBP withdrawal", article.Body);
        Assert.DoesNotContain("The old bridge in 1950.", article.Body);
        Assert.Contains("The old bridge in 1950.", article.Captions);
    }

    [Fact]
    public void LettersWithCombiningMarksComeOutComposed()
    {
        // "é" written as e + combining acute accent.
        var decomposed = "Le cafe\u0301 du village a rouvert ses portes apre\u0300s trois ans de travaux, a annonce\u0301 le maire.";
        var html = $"""
            <html><body><article><h1>Village</h1>{Paragraphs(decomposed)}{Paragraphs(Prose)}</article></body></html>
            """;
        var article = Extract(html);
        Assert.Contains("Le café du village a rouvert ses portes après trois ans", article.Body);
    }

    [Fact]
    public void SlideshowWithHiddenSlidesGivesEverySlide()
    {
        var slides = string.Concat(Prose.Select((p, i) =>
            $"""<div class="slide{(i == 0 ? "" : " hidden")}"{(i == 0 ? "" : " style=\"display: none;\"")}><h2>Idea {i + 1}</h2><p>{p}</p></div>"""));
        var html = $"""<html><body><article class="post"><h1>Four bridge ideas</h1><div class="slides">{slides}</div></article></body></html>""";
        var body = Extract(html).Body;
        foreach (var p in Prose)
            Assert.Contains(p, body);
    }

    [Fact]
    public void HeaderOfAnAccordionEntryIsBodyText()
    {
        var html = $"""
            <html><body><header><a href="/">Home</a> <a href="/news">News</a></header><article><h1>Leasing or buying</h1>
            {Paragraphs(Prose[0], Prose[1])}
            <ul class="accordion"><li><header><h3>Advantages of a car loan:</h3></header><p>{Prose[2]}</p></li></ul>
            {Paragraphs(Prose[3])}
            </article></body></html>
            """;
        var body = Extract(html).Body;
        Assert.Contains("Advantages of a car loan:", body);
        Assert.DoesNotContain("Home", body);
    }

    [Theory]
    [InlineData("(Credit: Jane Roe / County Archive)")]
    [InlineData("Bild: Logo of the regional finance award, given by three trade magazines and a rating agency | © Publisher")]
    public void PictureCreditsInTheTextFlowAreLeftOut(string credit)
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1>{Paragraphs(Prose[0], Prose[1])}<p>{credit}</p>{Paragraphs(Prose[2], Prose[3])}</article></body></html>
            """;
        Assert.DoesNotContain(credit, Extract(html).Body);
    }

    [Fact]
    public void PaywallNoteInsideTheTextGoesEvenWhenTheTailIsCut()
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1>
            {Paragraphs(Prose[0], Prose[1])}<p>To view the full story, please subscribe to the Gazette.</p>{Paragraphs(Prose[2], Prose[3])}{Paragraphs(Prose.Select(p => p.Replace("The ", "Then the ")).ToArray())}
            <p>Sign up for our newsletter and never miss a story.</p>
            </article></body></html>
            """;
        var body = Extract(html).Body;
        Assert.DoesNotContain("please subscribe", body);
        Assert.DoesNotContain("never miss", body);
        Assert.Contains(Prose[3], body);
    }

    [Fact]
    public void OutletStampAndOrphanFieldLabelAreLeftOut()
    {
        var html = $"""
            <html><body><article><h1>Governor's statement</h1>
            {Paragraphs(Prose[0], Prose[1])}
            <p>GAZETTE.COM</p><p>Release Date:</p><p><span class="date">Thursday, 28 April 2022</span></p>
            {Paragraphs(Prose[2], Prose[3])}
            </article></body></html>
            """;
        var body = Extract(html).Body;
        Assert.DoesNotContain("GAZETTE.COM", body);
        Assert.DoesNotContain("Release Date:", body);
        Assert.Contains(Prose[2], body);
    }

    [Fact]
    public void FieldLabelWithItsValueStays()
    {
        var html = $"""
            <html><body><article><h1>Bridge plan approved</h1>
            {Paragraphs(Prose[0], Prose[1])}<p>Options on the table:</p><p>A stone arch, a steel truss or a ferry, each costed by the engineers.</p>{Paragraphs(Prose[2], Prose[3])}
            </article></body></html>
            """;
        Assert.Contains("Options on the table:", Extract(html).Body);
    }

    [Theory]
    [InlineData("Yоur соntеnt іѕ dеlіvеrеd tо thоuѕаndѕ оf rеаdеrѕ", true)] // Cyrillic о, е, і, ѕ, а inside Latin words
    [InlineData("The council met on Tuesday and voted for the bridge", false)]
    [InlineData("Совет собрался во вторник и проголосовал за мост", false)]
    [InlineData("Moscow (Москва) and Kyiv (Київ) were named in the report", false)]
    public void LookAlikeLetterSpamIsRecognised(string text, bool expected) =>
        Assert.Equal(expected, HtmlArticleBody.MixesLatinAndCyrillic(text));

    [Theory]
    [InlineData("BVINEWS.COM", true)]
    [InlineData("www.example.co.uk", true)]
    [InlineData("He left.", false)]
    [InlineData("Visit example.com for more", false)]
    [InlineData("https://example.com/", true)]
    public void BareDomainLines(string text, bool expected) => Assert.Equal(expected, LineFeatures.IsDomainName(text));

    [Fact]
    public void ContactCardAtTheEndIsTrimmed()
    {
        var html = $"""
            <html><body><article><h1>Award given</h1>{Paragraphs(Prose)}<p>Contact</p><p>Jane Roe | Gazette Group | Communications</p></article></body></html>
            """;
        var article = Extract(html);
        Assert.Equal(Prose[3], article.Paragraphs[^1]);
    }

    private static string ScriptPage(string state) => $"""
        <html><body><article><h1>Bridge plan approved</h1><p>{Prose[0]}</p></article>
        <script>var state = {state};</script></body></html>
        """;

    [Fact]
    public void ArticleKeptInPageStateMarkupExtendsAThinTeaser()
    {
        var slides = string.Join(",", Prose.Select(p => "{\"text\":\"&lt;p&gt;" + p + "&lt;\\/p&gt;\"}"));
        var body = Extract(ScriptPage("{\"slides\":[" + slides + "]}")).Body;
        foreach (var p in Prose)
            Assert.Contains(p, body);
        Assert.Equal(1, body.Split(Prose[0]).Length - 1);
    }

    [Fact]
    public void InterfaceMessagesInPageStateAreNotTheArticle()
    {
        var messages = string.Join(",", Enumerable.Range(0, 6).Select(i =>
            "\"m" + i + "\":\"Click yes to receive emails from us about your reviews, tips about businesses and products, and new features number " + i + ".\""));
        var state = "{\"article\":\"&lt;p&gt;" + Prose[0] + "&lt;/p&gt;\"," + messages + "}";
        var body = Extract(ScriptPage(state)).Body;
        Assert.DoesNotContain("receive emails", body);
    }
}
