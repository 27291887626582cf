using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
#endif

namespace ReintegrationScoring;

/// <summary>
/// Element access for the scoring loops, whose indices are in range by construction (offsets are checked once per call,
/// table indices are masked into their row). On .NET the bounds check is skipped; elsewhere it is the plain indexer.
/// </summary>
internal static class UncheckedArray
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T At<T>(T[] array, int index)
    {
#if NET
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), unchecked((nint)(uint)index));
#else
        return ref array[index];
#endif
    }
}
