using System.Runtime.CompilerServices;
namespace NewsArchive.Core.Entities;

/// <summary>
/// Stable 64-bit hashing for tagger features and gazetteer phrases. string.GetHashCode is randomised per
/// process, so the model's feature keys need a hash of their own that is the same on every machine.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h ^= c;
            h *= FnvPrime;
        }
        return Mix(h);
    }

    /// <summary>splitmix64 finaliser: spreads FNV's weak low bits before keys are combined.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL ^ b);

    public static ulong Key(int template, ulong value) => Combine((ulong)template + 0x51ED27UL, value);

    public static ulong Key(int template, ulong a, ulong b) => Combine(Key(template, a), b);

    public static ulong Key(int template, ulong a, ulong b, ulong c) => Combine(Key(template, a, b), c);
}
