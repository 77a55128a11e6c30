using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>
/// The tagger's weight rows and feature table live in <see cref="HugePageArray{T}"/> (native memory, on Linux a mapping of
/// its own advised to use 2 MB pages): it must read back exactly what was written, zeros where nothing was, small or large.
/// </summary>
public class HugePageArrayTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(3 * 1024 * 1024)]
    public void A_new_array_is_zeros_and_keeps_what_is_written(int length)
    {
        var array = new HugePageArray<float>(length);

        Assert.Equal(length, array.Length);
        Assert.True(array.Span.IndexOfAnyExcept(0f) < 0);
        for (var i = 0; i < length; i += 4099)
        {
            array[i] = i + 0.5f;
        }

        for (var i = 0; i < length; i++)
        {
            Assert.Equal(i % 4099 == 0 ? i + 0.5f : 0f, array[i]);
        }
    }

    [Fact]
    public void A_copy_holds_the_values_in_their_order()
    {
        var values = Enumerable.Range(0, 600_000).Select(i => (uint)(i * 2654435761u)).ToArray();

        var array = new HugePageArray<uint>(values);

        Assert.True(array.Span.SequenceEqual(values));
    }

    [Fact]
    public void A_large_array_on_linux_starts_on_a_huge_page()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var array = new HugePageArray<ulong>(1 << 20);

        // The address of the first value, read without unsafe code as its distance from address zero.
        var address = System.Runtime.CompilerServices.Unsafe.ByteOffset(ref System.Runtime.CompilerServices.Unsafe.NullRef<ulong>(), ref array[0]);
        Assert.Equal(0, address % (2 * 1024 * 1024));
    }
}
