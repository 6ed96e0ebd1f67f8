using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>Chinese and Japanese dumps: no spaces between words and no stop-word list, so length and 。 carry the weight.</summary>
public class TextDumpCjkTests
{
    private const string Story =
        "市議会は火曜日、古い港の桟橋を建て直す計画を承認した。工事は春に始まり、来年の大半をかけて行われる予定で、費用は二百万ユーロを超える見込みだと市の担当者は説明した。\n" +
        "桟橋は冬の嵐で杭が損傷して以来、一般の立ち入りが禁止されている。フェリーの運航会社は数か月にわたり、遠回りの航路を強いられていると不満を訴えてきた。\n" +
        "市長は記者団に対し、今回の決定は港全体を見直す大きな計画の第一歩にすぎないと述べ、新しい遊歩道や小さな市場の建設も検討していることを明らかにした。\n";

    [Fact]
    public void JapaneseStoryIsFoundAndItsRelatedBoxIsNot()
    {
        var dump = "ニュース\nトピックス\nビジネス\nランキング\n港の桟橋、建て直しへ\n" + Story +
            "【関連記事】\n港の遊歩道、来年夏に完成へ--市場も併設\nフェリー新航路、四月から運航開始\n© 2025 Example Media\n";
        var article = TextDumpExtractor.Extract(dump).Article!;
        var body = string.Join("\n", article.Paragraphs);
        Assert.Contains("市議会は火曜日", body);
        Assert.Contains("市長は記者団に対し", body);
        Assert.DoesNotContain("フェリー新航路", body);
        Assert.Equal("港の桟橋、建て直しへ", article.Headline);
    }

    [Fact]
    public void ChineseSentenceLineCountsItsWordsAndEndsLikeASentence()
    {
        var line = DumpLineFixture.Of("宇航员在太空中喝酒会怎么样？科学家说，失重环境会改变酒精在身体里的作用方式，后果可能很严重。");
        Assert.True(line.EndsSentence);
        Assert.True(line.Words >= 10);
        Assert.Equal(TextDumpBody.Quality.NearGood, TextDumpBody.Rate(line));
    }

    [Fact]
    public void JapaneseDumpWithLatinMenuWordsIsJapanese()
    {
        // Latin menu lines with Dutch and English stop words ("de", "van", "in", "the") once made such a page "nl".
        var dump = "Nieuws van de dag: alles over de stad en de regio in het kort\nLees meer van de redactie en de lezers in de app\n港の桟橋、建て直しへ\n"
            + Story + "© 2025 Example Media\n";
        Assert.Equal("ja", TextDumpExtractor.Extract(dump).Article!.Language);
    }

    [Theory]
    [InlineData("市议会周二批准了重建旧港口码头的计划。工程将于春季开始，预计持续到明年大部分时间，市政官员表示费用将超过两百万欧元。", "zh")]
    [InlineData("시의회는 화요일 오래된 항구의 부두를 다시 짓는 계획을 승인했다. 공사는 봄에 시작해 내년 대부분 동안 진행될 예정이다.", "ko")]
    [InlineData("市議会は火曜日、古い港の桟橋を建て直す計画を承認した。工事は春に始まる予定だと市の担当者は説明した。", "ja")]
    [InlineData("Microsoftは、Windows 11向けの更新プログラム「KB5034441」をWindows Updateで配信開始した。", "ja")]
    [InlineData("OpenAI周四发布了GPT-4o mini，价格比GPT-3.5 Turbo低百分之六十以上。公司表示，新模型将首先向付费用户开放。", "zh")]
    [InlineData("ｿﾌﾄｳｪｱの更新は来週から順次配信される予定だと会社は説明した。", "ja")]
    [InlineData("The harbour board agreed on Tuesday that the old pier needs a new deck before the storms.", null)]
    [InlineData("Tokyo (東京) is where the council met; the rest of this story is in English and names the city once.", null)]
    public void UnspacedScriptsSayTheirLanguage(string paragraph, string? language)
    {
        Assert.Equal(language, StopWords.DetectByScript([paragraph]));
    }
}
