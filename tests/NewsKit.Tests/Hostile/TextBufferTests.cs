using System.Buffers;
using NewsKit.Input;

namespace NewsKit.Tests.Hostile;

/// <summary>A page's text buffers come from the shared pool only up to a size; a huge page's buffer is not kept there.</summary>
public sealed class TextBufferTests
{
    [Fact]
    public void A_page_sized_buffer_goes_back_to_the_pool()
    {
        var buffer = TextBuffer.Rent(300_000);
        Assert.True(buffer.Length >= 300_000);
        TextBuffer.Return(buffer);

        // The pool hands the same array out again on this thread.
        var again = ArrayPool<char>.Shared.Rent(300_000);
        Assert.Same(buffer, again);
        ArrayPool<char>.Shared.Return(again);
    }

    [Fact]
    public void A_huge_buffer_is_its_own_array_and_never_enters_the_pool()
    {
        var length = TextBuffer.PooledLength + 1;
        var buffer = TextBuffer.Rent(length);
        Assert.Equal(length, buffer.Length);
        TextBuffer.Return(buffer);

        var fromPool = ArrayPool<char>.Shared.Rent(length);
        Assert.NotSame(buffer, fromPool);
        ArrayPool<char>.Shared.Return(fromPool);
    }
}
