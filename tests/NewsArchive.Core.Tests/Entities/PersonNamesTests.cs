using NewsArchive.Core.Entities;

namespace NewsArchive.Core.Tests.Entities;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("Zelensky")]
    [InlineData("Zelenskiy")]
    [InlineData("ZELENSKY")]
    public void Transliteration_variants_share_a_key(string variant)
    {
        Assert.Equal(PersonNames.Key("Zelensky"), PersonNames.Key(variant));
    }

    [Fact]
    public void Different_names_keep_different_keys()
    {
        Assert.NotEqual(PersonNames.Key("Zelensky"), PersonNames.Key("Zelenska"));
        Assert.NotEqual(PersonNames.Key("Anna Smith"), PersonNames.Key("Anne Smith"));
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin", "Vladimir Putin")]
    [InlineData("Putin's", "Putin")]
    [InlineData("Mr. John Smith", "John Smith")]
    [InlineData("DONALD TRUMP", "Donald Trump")]
    public void Clean_strips_titles_possessives_and_shouting(string mention, string expected)
    {
        Assert.Equal(expected, PersonNames.Clean(mention));
    }

    [Fact]
    public void Clean_rejects_what_cannot_be_a_name()
    {
        Assert.Null(PersonNames.Clean("The Kremlin"));
        Assert.Null(PersonNames.Clean("“"));
    }
}
