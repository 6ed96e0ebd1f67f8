namespace NewsArchive.Core.Tests;

/// <summary>A made-up story of distinct prose paragraphs, one per line, for dump fixtures that test what surrounds a story.</summary>
internal static class HarbourStory
{
    public static string Paragraphs(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i =>
        $"Paragraph {i}: the harbour board met again on Thursday and agreed, after a long debate, that the old pier needs a new deck before the winter storms."));
}
