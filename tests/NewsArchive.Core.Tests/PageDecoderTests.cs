using System.Text;
using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

public class PageDecoderTests
{
    [Fact]
    public void Utf8WithBomDecodesWithoutTheBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Kyiv — Київ")).ToArray();
        Assert.Equal("Kyiv — Київ", PageDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf16LittleEndianWithBomDecodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Zelenskyy said")).ToArray();
        Assert.Equal("Zelenskyy said", PageDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf16WithoutBomIsRecognised()
    {
        Assert.Equal("Putin and Trump discuss Iran", PageDecoder.Decode(Encoding.Unicode.GetBytes("Putin and Trump discuss Iran")).Text);
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        var bytes = new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94 };
        var decoded = PageDecoder.Decode(bytes);
        Assert.Equal("café “q”", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void MixedUtf8AndWindows1252KeepsBoth()
    {
        var bytes = Encoding.UTF8.GetBytes("Kyiv — Київ; ").Concat(new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9 }).ToArray();
        Assert.Equal("Kyiv — Київ; café", PageDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void DeclaredCharsetIsHonouredWhenBytesAreNotUtf8()
    {
        var html = "<html><head><meta charset=\"iso-8859-7\"></head><body>";
        var bytes = Encoding.ASCII.GetBytes(html).Concat(new byte[] { 0xC1, 0xE8, 0xDE, 0xED, 0xE1 }).ToArray();
        Assert.EndsWith("Αθήνα", PageDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void PngIsRefusedWithAReason()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        var decoded = PageDecoder.Decode(png);
        Assert.Null(decoded.Text);
        Assert.Contains("PNG", decoded.Error);
    }

    public static TheoryData<byte[]> PagesInEveryEncoding => new()
    {
        Encoding.UTF8.GetBytes("<p>Kyiv — Київ, 北京</p>"),
        new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Kyiv — Київ")).ToArray(),
        Encoding.Unicode.GetBytes("Putin and Trump discuss Iran"),
        new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94 },
        Encoding.UTF8.GetBytes("Kyiv — Київ; ").Concat(new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9 }).ToArray(),
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D },
    };

    [Theory]
    [MemberData(nameof(PagesInEveryEncoding))]
    public void PooledDecodingReadsEveryEncodingAsDecodeDoes(byte[] bytes)
    {
        var expected = PageDecoder.Decode(bytes);
        using var pooled = PageDecoder.DecodePooled(bytes);
        Assert.Equal(expected.Text ?? "", pooled.Text.ToString());
        Assert.Equal(expected.EncodingName, pooled.EncodingName);
        Assert.Equal(expected.Error, pooled.Error);
    }

    [Fact]
    public void PooledTextEndsWhereThePageEndsThoughTheBufferIsLonger()
    {
        // A pooled buffer is rented at least as long as the bytes and keeps what an earlier page left in it.
        using (var earlier = PageDecoder.DecodePooled(Encoding.UTF8.GetBytes(new string('x', 4000))))
            Assert.Equal(4000, earlier.Text.Length);
        using var page = PageDecoder.DecodePooled(Encoding.UTF8.GetBytes("Київ " + new string('y', 3000)));
        Assert.Equal(3005, page.Text.Length);
        Assert.DoesNotContain('x', page.Text.ToString());
    }

    [Fact]
    public void PooledTextCannotBeReadAfterItIsDisposed()
    {
        var page = PageDecoder.DecodePooled(Encoding.UTF8.GetBytes("<p>Harbour pier</p>"));
        Assert.Equal("<p>Harbour pier</p>", page.Text.ToString());
        page.Dispose();
        page.Dispose();
        Assert.Throws<ObjectDisposedException>(() => page.Text);
    }

    [Fact]
    public void HugePageIsDecodedAsWellWithoutThePool()
    {
        var text = "Київ " + new string('x', 5 * 1024 * 1024);
        using var page = PageDecoder.DecodePooled(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, page.Text.ToString());
        Assert.Equal("utf-8", page.EncodingName);
    }
}
