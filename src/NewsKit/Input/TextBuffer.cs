using System.Buffers;

namespace NewsKit.Input;

/// <summary>
/// Character buffers for a page's text (the decoded page, the pre-scan's rewrite). Up to <see cref="PooledLength"/>
/// characters, which covers every real page (the largest we measured is 1.4 MB), they are rented from
/// <see cref="ArrayPool{T}.Shared"/>; a longer text gets an array of its own that the collector frees, so that one
/// huge page does not leave a buffer of its size in the process-wide pool.
/// </summary>
internal static class TextBuffer
{
    /// <summary>The longest buffer taken from and given back to the shared pool: 4 Mi characters (8 MB).</summary>
    public const int PooledLength = 4 * 1024 * 1024;

    /// <summary>A buffer of at least <paramref name="length"/> characters; give it back with <see cref="Return"/>.</summary>
    public static char[] Rent(int length) =>
        length <= PooledLength ? ArrayPool<char>.Shared.Rent(Math.Max(length, 1)) : GC.AllocateUninitializedArray<char>(length);

    /// <summary>Gives a buffer from <see cref="Rent"/> back (to the pool when it came from there); it must not be used after.</summary>
    public static void Return(char[] buffer)
    {
        if (buffer.Length <= PooledLength)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
