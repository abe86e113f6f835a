package de.nrw.coop.cli;

import java.io.PrintWriter;

/**
 * A progress line on a terminal for work that takes more than a second: the task and the time
 * it has taken so far, redrawn in place, erased at the end. Shows nothing when stderr is not a
 * terminal (cron, systemd, pipes), so logs stay clean.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_MILLIS = 1_000;
    private static final char[] SPINNER = {'|', '/', '-', '\\'};

    private final PrintWriter err;
    private final String task;
    private final Thread thread;
    private volatile boolean done;
    private volatile boolean drawn;

    private Progress(PrintWriter err, String task, boolean enabled) {
        this.err = err;
        this.task = task;
        this.thread = enabled ? new Thread(this::draw, "coop-progress") : null;
        if (thread != null) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Starts the indicator if stderr is a terminal. */
    static Progress start(PrintWriter err, String task) {
        return new Progress(err, task, stderrIsTerminal());
    }

    /**
     * Whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link
     * names the device. Elsewhere fall back to the console check (stdin and stdout interactive).
     */
    static boolean stderrIsTerminal() {
        try {
            String device = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private void draw() {
        long start = System.nanoTime();
        try {
            Thread.sleep(DELAY_MILLIS);
            int tick = 0;
            while (!done) {
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                synchronized (err) {
                    err.print("\r" + SPINNER[tick++ % SPINNER.length] + " " + task + " … " + seconds + " s ");
                    err.flush();
                }
                drawn = true;
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (drawn) {
                synchronized (err) {
                    err.print("\r" + " ".repeat(task.length() + 16) + "\r");
                    err.flush();
                }
            }
        }
    }
}
