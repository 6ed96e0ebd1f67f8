using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Turns a page's bytes into text: a byte-order mark wins, then valid UTF-8, then a charset the page
/// declares, then Windows-1252 (the web's de facto fallback for legacy pages). Binary files are refused
/// with a reason naming what they look like.
/// </summary>
public static partial class PageDecoder
{
    public sealed record Decoded(string? Text, string? EncodingName, string? Error);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (BeforeUtf8(bytes) is { } decided)
            return decided;
        // One vectorised validity check, then one decode: no throwing decoder to build and unwind per legacy page.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return new Decoded(Encoding.UTF8.GetString(bytes), "utf-8", null);
        return Legacy(bytes);
    }

    /// <summary>
    /// Like <see cref="Decode"/>, but valid UTF-8 (most pages) is decoded into a pooled buffer instead of a string the
    /// size of the page: the HTML parser reads the buffer in place, which saves a quarter of what HTML extraction allocates.
    /// Dispose the result when done with everything read from it.
    /// </summary>
    internal static PooledText DecodePooled(ReadOnlySpan<byte> bytes)
    {
        // A buffer for a huge page would stay in the pool long after it: those get a string of their own, as before.
        if (bytes.Length > MaxPooledBytes)
            return PooledText.Of(Decode(bytes));
        if (BeforeUtf8(bytes) is { } decided)
            return PooledText.Of(decided);
        // UTF-8 never takes fewer bytes than UTF-16 takes chars: the buffer is long enough.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            return new PooledText(buffer, written);
        ArrayPool<char>.Shared.Return(buffer);
        return PooledText.Of(Legacy(bytes));
    }

    // Real pages are well under this (the dev set's largest is 1.6 MB); the robustness cases go up to 10 MB.
    private const int MaxPooledBytes = 4 * 1024 * 1024;

    /// <summary>Decoded text held in a pooled buffer (or in a string, for other encodings), or the reason there is none.</summary>
    internal sealed class PooledText : IDisposable
    {
        private char[]? _buffer;
        private readonly int _length;
        private readonly string? _text;

        internal PooledText(char[] buffer, int length) => (_buffer, _length, EncodingName) = (buffer, length, "utf-8");

        private PooledText(Decoded decoded) => (_text, EncodingName, Error) = (decoded.Text, decoded.EncodingName, decoded.Error);

        internal static PooledText Of(Decoded decoded) => new(decoded);

        private bool _disposed;

        /// <summary>Not after <see cref="Dispose"/>: the buffer may already hold another page.</summary>
        public ReadOnlyMemory<char> Text
        {
            get
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _buffer is { } b ? b.AsMemory(0, _length) : _text.AsMemory();
            }
        }

        public string? EncodingName { get; }

        public string? Error { get; }

        public void Dispose()
        {
            if (_buffer is { } b)
                ArrayPool<char>.Shared.Return(b);
            _buffer = null;
            _disposed = true;
        }
    }

    /// <summary>What is decided before the bytes are tried as UTF-8: binary files, byte-order marks, UTF-16 without one.</summary>
    private static Decoded? BeforeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (DescribeBinary(bytes) is { } binary)
            return new Decoded(null, null, $"This is not a page dump or HTML page: it looks like {binary}.");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Ok(Encoding.UTF8, bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Ok(Encoding.UTF32, bytes[4..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Ok(Encoding.Unicode, bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Ok(Encoding.BigEndianUnicode, bytes[2..]);
        if (LooksLikeBomlessUtf16(bytes, out var utf16))
            return Ok(utf16, bytes);
        if (HasNulBytes(bytes))
            return new Decoded(null, null, "This file holds binary data (NUL bytes), not text.");
        return null;
    }

    /// <summary>Bytes that are not valid UTF-8: a declared charset, UTF-8 with stray legacy bytes, or Windows-1252.</summary>
    private static Decoded Legacy(ReadOnlySpan<byte> bytes)
    {
        // Not UTF-8: believe the page's own declaration if it makes one, else Windows-1252.
        var declared = DeclaredCharset(bytes);
        // A file that is mostly UTF-8 with some stray legacy bytes (pages pasted together, a footer saved
        // in another editor) keeps its UTF-8 text; only the stray bytes are read as Windows-1252.
        if (HasValidMultibyteUtf8(bytes) && (declared is null || declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            return new Decoded(MixedUtf8.GetString(bytes), "utf-8", null);
        if (declared is not null && !declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Ok(Encoding.GetEncoding(declared), bytes);
            }
            catch (ArgumentException)
            {
            }
        }
        return Ok(Encoding.GetEncoding(1252), bytes);
    }

    private static readonly Encoding MixedUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    private static bool HasValidMultibyteUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var b = bytes[i];
            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (length == 0 || i + length > bytes.Length)
                continue;
            var valid = true;
            for (var k = 1; k < length; k++)
                valid &= (bytes[i + k] & 0xC0) == 0x80;
            if (valid)
                return true;
        }
        return false;
    }

    /// <summary>Reads each byte that is not valid UTF-8 as its Windows-1252 character.</summary>
    private sealed class Windows1252Fallback : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private string chars = "";
            private int next;

            public override int Remaining => chars.Length - next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                chars = Encoding.GetEncoding(1252).GetString(bytesUnknown);
                next = 0;
                return chars.Length > 0;
            }

            public override char GetNextChar() => next < chars.Length ? chars[next++] : '\0';

            public override bool MovePrevious()
            {
                if (next == 0)
                    return false;
                next--;
                return true;
            }

            public override void Reset()
            {
                chars = "";
                next = 0;
            }
        }
    }

    private static Decoded Ok(Encoding encoding, ReadOnlySpan<byte> bytes) => new(encoding.GetString(bytes), encoding.WebName, null);

    private static string? DescribeBinary(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])) return "a PNG image";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "a JPEG image";
        if (b.StartsWith("GIF8"u8)) return "a GIF image";
        if (b.StartsWith("%PDF"u8)) return "a PDF document";
        if (b.StartsWith("PK\u0003\u0004"u8)) return "a zip archive (upload it as a .zip to import its pages)";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "gzip-compressed data";
        if (b.Length > 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "a WebP image";
        return null;
    }

    private static bool HasNulBytes(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    // UTF-16 without a BOM shows as every other byte being NUL in ASCII-heavy text.
    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8)
            return false;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        var pairs = n / 2;
        if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05)
            return true;
        if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05)
        {
            encoding = Encoding.BigEndianUnicode;
            return true;
        }
        return false;
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
