package org.sitrep.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every 20 ms on a daemon thread and keeps the highest value seen. */
final class HeapWatch {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapWatch() {
        thread = Thread.ofPlatform().daemon().name("heap-watch").start(this::sample);
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    long peakBytes() {
        return peak;
    }
}
