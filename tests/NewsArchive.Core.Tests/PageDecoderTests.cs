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
}
