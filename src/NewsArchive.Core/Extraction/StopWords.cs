namespace NewsArchive.Core.Extraction;

/// <summary>
/// The most frequent function words of the languages we meet. Prose is dense in them and menus are not
/// (the idea behind jusText), and counting them per language is a cheap, good-enough language detector.
/// </summary>
public static class StopWords
{
    private static readonly Dictionary<string, HashSet<string>> ByLanguage = new()
    {
        ["en"] = Set("the of and to a in is it that was for on are as with he she they be at by this had not but from or have an which you were her all there been one their has would will when who we its if what so can said also into than more about after over up out them some could no just other only these then may should our while those where because through both"),
        ["de"] = Set("der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei kann ihre ihr wir ich wenn diese dieser schon unter gegen seine hatte beim"),
        ["fr"] = Set("le la les de des du un une et à en est que qui dans pour pas sur au aux ce il elle ne se plus par avec son sa ses sont a ont été être mais ou comme nous vous leur leurs cette ces on y tout fait aussi dont était lui même après"),
        ["es"] = Set("el la los las de del y en que a un una es por con para no se su sus al lo como más pero o fue ha son este esta sobre entre también ya muy sin hay le ser está desde todo cuando donde porque"),
        ["it"] = Set("il lo la i gli le di del della dei delle e è in un una che per non con su sono da al alla anche come più ma se ha ci si questo questa nel nella sua suo essere stato loro dopo"),
        ["nl"] = Set("de het een en van in is dat op te zijn voor met die niet aan er om ook als bij of door maar nog wel naar dan uit was wordt worden heeft hebben hij zij ze we wij dit deze kan"),
    };

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Languages => ByLanguage.Keys;

    public static bool IsStopWord(string language, ReadOnlySpan<char> word) =>
        ByLanguage.TryGetValue(language, out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Counts words and stop words of <paramref name="language"/> in <paramref name="text"/>.</summary>
    public static (int Words, int StopWords) Count(string text, string language)
    {
        var lookup = (ByLanguage.TryGetValue(language, out var set) ? set : ByLanguage["en"]).GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0, stops = 0;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
                i++;
            var start = i;
            while (i < span.Length && (char.IsLetter(span[i]) || span[i] == '\'' || span[i] == '’'))
                i++;
            if (i > start)
            {
                words++;
                if (i - start <= 12 && lookup.Contains(span[start..i]))
                    stops++;
            }
        }
        return (words, stops);
    }

    private static readonly string[] LanguageOrder = ByLanguage.Keys.ToArray();

    // Each stop word with the languages it belongs to, as bits, so detection reads the text once.
    private static readonly Dictionary<string, int> LanguageBits = BuildBits();

    private static Dictionary<string, int> BuildBits()
    {
        var bits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < LanguageOrder.Length; i++)
            foreach (var word in ByLanguage[LanguageOrder[i]])
                bits[word] = bits.GetValueOrDefault(word) | (1 << i);
        return bits;
    }

    /// <summary>The language whose stop words are most frequent in <paramref name="text"/>, or null when too little text.</summary>
    public static string? Detect(string text)
    {
        var counts = new int[LanguageOrder.Length];
        var lookup = LanguageBits.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan(0, Math.Min(text.Length, 20_000));
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
                i++;
            var start = i;
            while (i < span.Length && (char.IsLetter(span[i]) || span[i] == '\'' || span[i] == '’'))
                i++;
            if (i > start && i - start <= 12 && lookup.TryGetValue(span[start..i], out var bits))
                for (var l = 0; l < counts.Length; l++)
                    if ((bits & (1 << l)) != 0)
                        counts[l]++;
        }
        var best = 0;
        for (var l = 1; l < counts.Length; l++)
            if (counts[l] > counts[best])
                best = l;
        return counts[best] >= 3 ? LanguageOrder[best] : null;
    }
}
