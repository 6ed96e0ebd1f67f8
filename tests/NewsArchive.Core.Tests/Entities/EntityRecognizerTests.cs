using NewsArchive.Core.Entities;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.Shared;

    private static List<(EntityKind Kind, string Text)> Find(string text) =>
        Recognizer.Find(text).Select(s => (s.Kind, s.Text)).ToList();

    [Fact]
    public void Finds_people_and_places_with_offsets()
    {
        var text = "Chancellor Angela Merkel flew to Madrid on Tuesday to meet Pedro Sanchez.";
        var spans = Recognizer.Find(text);
        Assert.Contains(spans, s => s.Kind == EntityKind.Person && s.Text == "Angela Merkel");
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Text == "Madrid");
        Assert.Contains(spans, s => s.Kind == EntityKind.Person && s.Text == "Pedro Sanchez");
        foreach (var s in spans)
            Assert.Equal(s.Text, text[s.Start..s.End]);
    }

    [Fact]
    public void All_caps_dateline_is_a_place()
    {
        var found = Find("MOSCOW (AP) — The Kremlin said on Thursday that talks would continue.");
        Assert.Contains((EntityKind.Place, "MOSCOW"), found);
        Assert.DoesNotContain(found, f => f.Kind == EntityKind.Person);
    }

    [Fact]
    public void Sentence_initial_capitals_are_not_names()
    {
        var found = Find("Yesterday the minister said prices rose. Officials in Oslo agreed.");
        Assert.Equal([(EntityKind.Place, "Oslo")], found);
    }

    [Fact]
    public void Same_word_person_or_place_by_context()
    {
        Assert.Contains((EntityKind.Place, "Jordan"), Find("The United States will send more aid to Jordan, the State Department said."));
        Assert.Contains((EntityKind.Person, "Michael Jordan"), Find("Michael Jordan scored 30 points as Chicago beat Utah."));
        var hilton = Find("Paris Hilton arrived in Paris on Tuesday for the fashion week.");
        Assert.Contains((EntityKind.Person, "Paris Hilton"), hilton);
        Assert.Contains((EntityKind.Place, "Paris"), hilton);
    }

    [Fact]
    public void Washington_as_government_is_not_a_person()
    {
        var found = Find("Washington said on Monday it would impose new sanctions on Iran.");
        Assert.DoesNotContain((EntityKind.Person, "Washington"), found);
        Assert.Contains((EntityKind.Place, "Iran"), found);
    }

    [Fact]
    public void Curated_people_are_found_with_little_context()
    {
        var found = Find("Yesterday Putin spoke with Erdogan by phone.");
        Assert.Contains((EntityKind.Person, "Putin"), found);
        Assert.Contains((EntityKind.Person, "Erdogan"), found);
    }
}

public class EntityRecognizerThreadingTests
{
    [Fact]
    public void Shared_recognizer_gives_the_same_answers_on_many_threads()
    {
        string[] texts =
        [
            "Chancellor Angela Merkel flew to Madrid on Tuesday.",
            "MOSCOW (AP) — Vladimir Putin spoke with Emmanuel Macron.",
            "Storms hit Atlanta and other parts of Georgia on Sunday.",
        ];
        var expected = texts.Select(t => EntityRecognizer.Shared.Find(t)).ToArray();
        Parallel.For(0, 60, i =>
        {
            var k = i % texts.Length;
            Assert.Equal(expected[k], EntityRecognizer.Shared.Find(texts[k]));
        });
    }
}
