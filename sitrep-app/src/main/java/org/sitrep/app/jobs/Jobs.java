package org.sitrep.app.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job queue: long work runs here, one job at a time (the store has one writer), and the client polls its
 * state. The last {@value #KEPT} jobs are kept in memory; a job's effect is in the store, its record only here.
 */
public final class Jobs implements AutoCloseable {

    /** What a job's work reports while it runs. */
    public interface Progress {
        void update(long done, @Nullable Long total, @Nullable String message);
    }

    /** A job's work: returns what the client gets as {@code result} (JSON-serialisable). */
    public interface Work {
        @Nullable
        Object run(Progress progress) throws Exception;
    }

    static final int KEPT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sitrep-job").factory());
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Clock clock;

    public Jobs(Clock clock) {
        this.clock = clock;
    }

    /** Queues work and returns its job at once. */
    public synchronized Job submit(String kind, String owner, Work work) {
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, kind, owner, Job.State.QUEUED, 0, null, null, null, clock.instant(), null);
        put(job);
        worker.execute(() -> run(id, work));
        return job;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Jobs queued or running. */
    public synchronized long pending() {
        return jobs.values().stream()
                .filter(job -> job.state() == Job.State.QUEUED || job.state() == Job.State.RUNNING)
                .count();
    }

    private void run(String id, Work work) {
        update(id, job -> withState(job, Job.State.RUNNING, job.message(), null, null));
        try {
            Object result = work.run((done, total, message) -> update(
                    id,
                    job -> new Job(
                            job.id(),
                            job.kind(),
                            job.owner(),
                            job.state(),
                            done,
                            total,
                            message,
                            null,
                            job.submitted(),
                            null)));
            update(id, job -> withState(job, Job.State.SUCCEEDED, job.message(), result, clock.instant()));
        } catch (Exception | Error failure) {
            LOG.warn("job {} ({}) failed: {}", id, kindOf(id), failure.toString());
            update(
                    id,
                    job -> withState(
                            job, Job.State.FAILED, String.valueOf(failure.getMessage()), null, clock.instant()));
        }
    }

    private synchronized @Nullable String kindOf(String id) {
        Job job = jobs.get(id);
        return job == null ? null : job.kind();
    }

    private static Job withState(
            Job job, Job.State state, @Nullable String message, @Nullable Object result, @Nullable Instant at) {
        return new Job(
                job.id(),
                job.kind(),
                job.owner(),
                state,
                job.done(),
                job.total(),
                message,
                result,
                job.submitted(),
                at);
    }

    private synchronized void update(String id, UnaryOperator<Job> change) {
        Job job = jobs.get(id);
        if (job != null) {
            jobs.put(id, change.apply(job));
        }
    }

    private void put(Job job) {
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            String oldest = jobs.keySet().iterator().next();
            jobs.remove(oldest);
        }
    }

    /** Stops taking jobs and lets the running one finish (within the shutdown timeout). */
    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(25, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
