using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class BylinesTests
{
    [Theory]
    [InlineData("By Vladimir Isachenkov, The Associated Press", "Vladimir Isachenkov", "The Associated Press")]
    [InlineData("By Ana Model and Ben Sample", "Ana Model|Ben Sample", null)]
    [InlineData("Ana Model, Ben Sample and Cleo Test", "Ana Model|Ben Sample|Cleo Test", null)]
    [InlineData("By Ana Model | Reuters", "Ana Model", "Reuters")]
    [InlineData("Von Anna Muster", "Anna Muster", null)]
    [InlineData("Von: Anna Muster, dpa", "Anna Muster", "dpa")]
    [InlineData("Par Jean Exemple", "Jean Exemple", null)]
    [InlineData("By Evan ModelStaff Writer", "Evan Model", null)]
    [InlineData("By Ana Model, Senior Correspondent", "Ana Model", null)]
    [InlineData("Richard Sample Education editor", "Richard Sample", null)]
    [InlineData("By Perry Model Jr.", "Perry Model Jr.", null)]
    [InlineData("ByJ.R. Sample", "J.R. Sample", null)]
    [InlineData("By Amelie Marie Model Feb 8, 2020 5 min read", "Amelie Marie Model", null)]
    [InlineData("by LOGAN C. SAMPLE NOVEMBER 8, 2023 | 6:03 PM", "Logan C. Sample", null)]
    [InlineData("Posted by Alex Model, AMP Project Marketing, Google", "Alex Model", null)]
    [InlineData("By AFP", "", "AFP")]
    [InlineData("By Staff and news service reports", "", null)]
    [InlineData("Par Jean Exemple (avec Anne Modèle et Paul Essai)", "Jean Exemple|Anne Modèle|Paul Essai", null)]
    [InlineData("By Ana Model (with Ben Sample)", "Ana Model|Ben Sample", null)]
    [InlineData("By Ana Model (with additional reporting by Ben Sample)", "Ana Model", null)]
    [InlineData("By Ana Model (With Ben Sample)", "Ana Model|Ben Sample", null)]
    [InlineData("By Ana Model (with Reuters)", "Ana Model", "Reuters")]
    public void ParsesByline(string text, string authors, string? agency)
    {
        var byline = Bylines.Parse(text);
        Assert.Equal(authors.Length == 0 ? [] : authors.Split('|'), byline.Authors);
        Assert.Equal(agency, byline.Agency);
    }

    [Theory]
    [InlineData("Posted on 2015-04-05 by marc | Leave a comment", "marc")]
    [InlineData("News | By Cara Model | April 13, 2020", "Cara Model")]
    [InlineData("Vladimir Isachenkov, The Associated Press", "Vladimir Isachenkov")]
    [InlineData("Author: Bo2man am 29.12.2010, 13:36 Uhr", "Bo2man")]
    public void RecognisesBylineLines(string line, string author)
    {
        Assert.True(Bylines.TryParseLine(line, out var byline));
        Assert.Equal([author], byline.Authors);
    }

    [Theory]
    [InlineData("The bridge was built by the city in 1920.")]
    [InlineData("Photo by Jane Model on Unsplash")]
    [InlineData("Von der Leyen sagte am Montag, die Gespräche gingen weiter.")]
    [InlineData("Sort by date")]
    [InlineData("Paris, France")]
    public void RefusesLinesThatAreNotBylines(string line) => Assert.False(Bylines.TryParseLine(line, out _));

    [Theory]
    [InlineData("AP", "The Associated Press")]
    [InlineData("Associated Press", "The Associated Press")]
    [InlineData("dpa", "dpa")]
    [InlineData("AFP/The Local", "AFP")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("ap", null)]
    [InlineData("The Local", null)]
    public void RecognisesAgencies(string text, string? agency) => Assert.Equal(agency, NewsAgencies.Recognise(text));
}
