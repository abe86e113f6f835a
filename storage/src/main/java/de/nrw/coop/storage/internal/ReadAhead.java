package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a dataset reader on a thread of its own, so parsing the files overlaps with writing them:
 * the reader's calls are queued in order, in small batches, and replayed onto the real sink on
 * the calling thread, which keeps all database work in the caller's transaction and hands the
 * sink exactly the calls, in exactly the order, the reader made. The queue is bounded (a few
 * thousand records at most), so a reader faster than the database waits instead of filling the
 * heap. An exception of the reader is rethrown on the calling thread once everything the reader
 * delivered before it has reached the sink; an exception of the sink stops the reader.
 */
public final class ReadAhead {
    /** Calls per batch: enough to make the hand-over between the threads cheap. */
    private static final int BATCH = 256;
    /** Batches in the queue. */
    private static final int QUEUED = 8;

    /** The reader is done: no more batches follow. */
    private static final List<Consumer<DatasetSink>> END = List.of();

    private ReadAhead() {}

    /** What is read: the files, by whatever reader, into the given sink. */
    @FunctionalInterface
    public interface Read {
        void into(DatasetSink sink);
    }

    /**
     * Runs {@code read} on a reader thread and replays what it delivers onto {@code sink} on this
     * thread; returns when the reader has finished and the sink has received everything.
     */
    public static void run(Read read, DatasetSink sink) {
        Queued queued = new Queued();
        Thread reader = new Thread(() -> {
            try {
                read.into(queued);
                queued.send();
                queued.put(END);
            } catch (Cancelled e) {
                // the sink failed: the calling thread has its exception
            } catch (Throwable t) { // NOPMD: anything the reader throws belongs to the caller
                queued.failure = t;
                try {
                    // what the reader delivered before it failed reaches the sink, as it did before
                    queued.send();
                    queued.put(END);
                } catch (Cancelled ignored) {
                    // the sink failed as well; its exception wins
                }
            }
        }, "coop-import-reader");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (true) {
                List<Consumer<DatasetSink>> batch = queued.take();
                if (batch == END) {
                    break;
                }
                for (Consumer<DatasetSink> call : batch) {
                    call.accept(sink);
                }
            }
            done = true;
        } finally {
            if (!done) {
                queued.cancelled = true;
                queued.queue.clear();
            }
            join(reader);
        }
        Throwable failure = queued.failure;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("the dataset reader failed: " + failure, failure);
        }
    }

    private static void join(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown on the reader thread once the sink has failed, to stop reading. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** The sink the reader sees: records each call for the calling thread. */
    private static final class Queued implements DatasetSink {
        final BlockingQueue<List<Consumer<DatasetSink>>> queue = new ArrayBlockingQueue<>(QUEUED);
        volatile boolean cancelled;
        volatile Throwable failure;
        private List<Consumer<DatasetSink>> batch = new ArrayList<>(BATCH);

        private void call(Consumer<DatasetSink> call) {
            batch.add(call);
            if (batch.size() >= BATCH) {
                send();
            }
        }

        void send() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        void put(List<Consumer<DatasetSink>> calls) {
            try {
                while (!queue.offer(calls, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
            if (cancelled) {
                throw new Cancelled();
            }
        }

        List<Consumer<DatasetSink>> take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            }
        }

        @Override
        public void startFile(String name) {
            call(s -> s.startFile(name));
        }

        @Override
        public void country(Country country, Origin origin) {
            call(s -> s.country(country, origin));
        }

        @Override
        public void department(Department department, Origin origin) {
            call(s -> s.department(department, origin));
        }

        @Override
        public void partner(Partner partner, Origin origin) {
            call(s -> s.partner(partner, origin));
        }

        @Override
        public void agreement(Agreement agreement, Origin origin) {
            call(s -> s.agreement(agreement, origin));
        }

        @Override
        public void project(Project project, Origin origin) {
            call(s -> s.project(project, origin));
        }

        @Override
        public void activity(Activity activity, Origin origin) {
            call(s -> s.activity(activity, origin));
        }

        @Override
        public void funding(Funding funding, Origin origin) {
            call(s -> s.funding(funding, origin));
        }

        @Override
        public void settlement(Settlement settlement, Origin origin) {
            call(s -> s.settlement(settlement, origin));
        }

        @Override
        public void keyFigure(KeyFigure keyFigure, Origin origin) {
            call(s -> s.keyFigure(keyFigure, origin));
        }

        @Override
        public void inquiry(Inquiry inquiry, Origin origin) {
            call(s -> s.inquiry(inquiry, origin));
        }

        @Override
        public void reference(Reference reference) {
            call(s -> s.reference(reference));
        }

        @Override
        public void problem(Problem problem) {
            call(s -> s.problem(problem));
        }

        @Override
        public void endFile(String name, String sha256) {
            call(s -> s.endFile(name, sha256));
        }
    }
}
