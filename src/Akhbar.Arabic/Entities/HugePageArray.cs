using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A fixed-length array of unmanaged values outside the garbage-collected heap, backed on Linux by 2 MB pages where the
/// kernel grants them: for the tagger's large tables, which it reads at random (a feature hash picks the slot and the row).
/// </summary>
/// <remarks>
/// With the usual 4 KB pages the weight rows (3.7 MB for the shipped model's 101,819 features) and the feature table's
/// slots (2 MB) take about 1,500 entries of the processor's translation cache, shared with the tagger's cache of words
/// (tens of megabytes on the garbage-collected heap) and everything else, so a random read of them often waits for a
/// page-table walk first, which the tagger's prefetch hints hide less well than the data's own wait. With 2 MB pages
/// the same tables need three entries. Linux grants such pages to anonymous memory only where it is asked to
/// (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> is <c>madvise</c> by default on many systems), and the .NET heap
/// does not ask, so on Linux the array is a mapping of its own, aligned to 2 MB and advised with
/// <c>madvise(MADV_HUGEPAGE)</c> before its first write (memory from the C allocator may sit in its heap, already
/// touched). Elsewhere, for small arrays, or when the kernel refuses, it is plain native memory: only the speed differs,
/// never the values. Freed by the finalizer: the tables live as long as their model, which is usually the process.
/// </remarks>
public sealed unsafe class HugePageArray<T> where T : unmanaged
{
    private readonly T* _items;

    /// <summary>The memory to give back: a mapping (<see cref="LinuxMemory.Unmap"/>) or, when null, <see cref="_items"/> from the C allocator.</summary>
    private readonly void* _mapping;

    private readonly nuint _bytes;

    /// <summary>A zeroed array of <paramref name="length"/> values.</summary>
    public HugePageArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        var bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        _mapping = LinuxMemory.MapHuge(bytes, out var aligned, out _bytes);
        if (_mapping is null)
        {
            _bytes = bytes;
            _items = (T*)NativeMemory.AllocZeroed(bytes);
        }
        else
        {
            // A fresh mapping reads as zeros; its first writes, after the advice, fault in huge pages.
            _items = (T*)aligned;
        }

        GC.AddMemoryPressure((long)_bytes);
    }

    /// <summary>A copy of <paramref name="values"/>.</summary>
    public HugePageArray(ReadOnlySpan<T> values)
        : this(values.Length)
    {
        values.CopyTo(Span);
    }

    ~HugePageArray()
    {
        if (_mapping is null)
        {
            NativeMemory.Free(_items);
        }
        else
        {
            LinuxMemory.Unmap(_mapping, _bytes);
        }

        GC.RemoveMemoryPressure((long)_bytes);
    }

    public int Length { get; }

    public Span<T> Span => new(_items, Length);

    /// <summary>The value at <paramref name="index"/>, by reference, without a bounds check: callers index within <see cref="Length"/>.</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _items[index];
    }

    /// <summary>The address of the value at <paramref name="index"/>, for a prefetch hint.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void* AddressOf(int index) => _items + index;
}

/// <summary>The Linux memory calls <see cref="HugePageArray{T}"/> needs (a generic type cannot declare them).</summary>
file static unsafe class LinuxMemory
{
    /// <summary>The size of a huge page on x86-64 and most arm64 Linux systems.</summary>
    private const nuint HugePage = 2 * 1024 * 1024;

    /// <summary>Below this many bytes an array is not worth a mapping and a huge page of its own.</summary>
    private const nuint MinBytes = HugePage / 2;

    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MapPrivateAnonymous = 0x02 | 0x20;

    /// <summary><c>MADV_HUGEPAGE</c> in Linux's <c>mman-common.h</c>.</summary>
    private const int MadviseHugePage = 14;

    /// <summary>
    /// A private anonymous mapping of at least <paramref name="bytes"/> whose <paramref name="aligned"/> start is on a 2 MB
    /// boundary, advised to be backed by huge pages; its start and length (<paramref name="mapped"/>) are what
    /// <see cref="Unmap"/> takes. Null off Linux, for small arrays, or when the mapping fails.
    /// </summary>
    public static void* MapHuge(nuint bytes, out void* aligned, out nuint mapped)
    {
        aligned = null;
        mapped = 0;
        if (!OperatingSystem.IsLinux() || bytes < MinBytes)
        {
            return null;
        }

        var length = ((bytes + HugePage - 1) & ~(HugePage - 1)) + HugePage;
        var start = Mmap(null, length, ProtReadWrite, MapPrivateAnonymous, -1, 0);
        if (start == (void*)-1)
        {
            return null;
        }

        aligned = (void*)(((nuint)start + HugePage - 1) & ~(HugePage - 1));

        // Advice only: a kernel without transparent huge pages answers EINVAL, and the memory is used as it is.
        _ = Madvise(aligned, length - HugePage, MadviseHugePage);
        mapped = length;
        return start;
    }

    public static void Unmap(void* start, nuint length) => _ = Munmap(start, length);

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern void* Mmap(void* address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Munmap(void* address, nuint length);

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(void* address, nuint length, int advice);
}
