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

    /// <summary>A stop word of any language we know ("on", "le", "und"): never a name, whatever the page's language.</summary>
    public static bool IsStopWordInAnyLanguage(ReadOnlySpan<char> word)
    {
        foreach (var set in ByLanguage.Values)
            if (set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
        return false;
    }

    /// <summary>The languages in the order of their bit in <see cref="LanguageBits"/> and of the counts <see cref="Pick"/> takes.</summary>
    public static readonly string[] LanguageOrder = ByLanguage.Keys.ToArray();

    // Each stop word with the languages it belongs to, as bits, so one look-up per word serves every language.
    private static readonly Dictionary<ulong, int> BitsByKey = BuildBits();

    /// <summary>The stop words as keys (<see cref="WordKey"/>) with their languages as bits (bit i: <see cref="LanguageOrder"/>[i]).</summary>
    public static IReadOnlyDictionary<ulong, int> LanguageBits => BitsByKey;

    private static Dictionary<ulong, int> BuildBits()
    {
        var bits = new Dictionary<ulong, int>();
        for (var i = 0; i < LanguageOrder.Length; i++)
            foreach (var word in ByLanguage[LanguageOrder[i]])
            {
                if (word.Length > MaxExactLength)
                    throw new InvalidOperationException($"Stop word '{word}' is longer than a word key holds exactly.");
                bits[WordKey(word)] = bits.GetValueOrDefault(WordKey(word)) | (1 << i);
            }
        return bits;
    }

    // A key holds up to seven characters exactly; longer words share a key with every word of the same first seven.
    private const int MaxExactLength = 7;

    /// <summary>
    /// A word as a number, for cheap look-ups of every word of every line: its length (8 meaning "8 or more")
    /// in the top byte, then its first seven characters lower-cased, one byte each. 0 when a character is
    /// beyond Latin-1 (no stop word or cue word has one).
    /// </summary>
    public static ulong WordKey(ReadOnlySpan<char> word)
    {
        var n = Math.Min(word.Length, MaxExactLength);
        ulong key = (ulong)Math.Min(word.Length, MaxExactLength + 1) << 56;
        for (var k = 0; k < n; k++)
        {
            var c = word[k];
            if (c >= 256)
                return 0;
            // ASCII and Latin-1 capitals (À-Þ without ×) sit 0x20 below their small letters.
            var lower = c is >= 'A' and <= 'Z' || c is >= 'À' and <= 'Þ' && c != '×' ? c + 0x20 : c;
            key |= (ulong)lower << (8 * (MaxExactLength - 1 - k));
        }
        return key;
    }

    /// <summary>True for the characters of a word: letters, and apostrophes inside it ("it's", "l'État").</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '’';

    /// <summary>The next word at or after <paramref name="i"/> (letters and inner apostrophes); false at the end.</summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int i, out ReadOnlySpan<char> word)
    {
        while (i < text.Length && !char.IsLetter(text[i]))
            i++;
        var start = i;
        while (i < text.Length && IsWordChar(text[i]))
            i++;
        word = text[start..i];
        return i > start;
    }

    /// <summary>
    /// Chinese, Japanese or Korean by script, for text mostly written in one of them: such text has no spaces
    /// between words, so stop words cannot be counted, and a few Latin menu words ("de", "in") would decide the
    /// language instead. Japanese mixes kana into its ideographs, Chinese has none, Korean is written in Hangul.
    /// Null for other text and for fewer than 10 such characters.
    /// </summary>
    public static string? DetectByScript(IEnumerable<string> paragraphs)
    {
        int latinWords = 0, kana = 0, ideographs = 0, hangul = 0, seen = 0;
        foreach (var p in paragraphs)
        {
            var inWord = false;
            foreach (var c in p)
            {
                switch (LineFeatures.EastAsianScriptOf(c))
                {
                    case LineFeatures.EastAsianScript.Kana: kana++; break;
                    case LineFeatures.EastAsianScript.Ideograph: ideographs++; break;
                    case LineFeatures.EastAsianScript.Hangul: hangul++; break;
                    default:
                        // Product and company names in Latin letters are common in such text: they count as words, not letters.
                        if (char.IsLetter(c) && !inWord)
                            latinWords++;
                        inWord = char.IsLetter(c);
                        continue;
                }
                inWord = false;
            }
            if ((seen += p.Length) >= 20_000)
                break;
        }
        var east = kana + ideographs + hangul;
        // Two characters make about one word in these scripts (the same estimate the line features use).
        if (east < 10 || east < latinWords * 2)
            return null;
        if (hangul * 2 > east)
            return "ko";
        // Japanese prose is usually a third or more kana; a tenth is the line, since a Chinese page may quote a Japanese name.
        return kana * 10 >= kana + ideographs ? "ja" : "zh";
    }

    /// <summary>The language whose stop words are most frequent in <paramref name="text"/>, or null when too little text.</summary>
    public static string? Detect(string text)
    {
        Span<int> counts = stackalloc int[LanguageOrder.Length];
        var span = text.AsSpan(0, Math.Min(text.Length, 20_000));
        for (var i = 0; NextWord(span, ref i, out var word);)
        {
            if (word.Length <= MaxExactLength && BitsByKey.TryGetValue(WordKey(word), out var bits))
                for (var l = 0; l < counts.Length; l++)
                    if ((bits & (1 << l)) != 0)
                        counts[l]++;
        }
        return Pick(counts);
    }

    /// <summary>The language with the most stop words, given their counts in <see cref="LanguageOrder"/>; null under three.</summary>
    public static string? Pick(ReadOnlySpan<int> counts)
    {
        var best = 0;
        for (var l = 1; l < counts.Length; l++)
            if (counts[l] > counts[best])
                best = l;
        return counts[best] >= 3 ? LanguageOrder[best] : null;
    }
}
