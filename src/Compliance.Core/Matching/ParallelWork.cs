using System;
using System.Threading.Tasks;

namespace Compliance.Matching;

/// <summary>
/// Runs independent pieces of work (each writes only its own result slot) on all cores when there are enough of them
/// to pay for the threads; results are the same either way, in the same slots.
/// </summary>
internal static class ParallelWork
{
    /// <summary>Fewer pieces than this run on the calling thread.</summary>
    private const int Minimum = 2048;

    public static void For(int count, Action<int> body)
    {
        if (count < Minimum)
        {
            for (int i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, body);
    }
}
