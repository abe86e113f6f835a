package de.nrw.coop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of a phase: the sum of the heap pools' peaks since {@link #reset()}. An upper bound
 * of what the phase held at once (the pools peak at different moments), and it can exceed {@code -Xmx}.
 */
final class HeapPeaks {
    private HeapPeaks() {}

    /** Starts a phase: forgets every heap pool's peak so far. */
    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last {@link #reset()}, in bytes. */
    static long sum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
