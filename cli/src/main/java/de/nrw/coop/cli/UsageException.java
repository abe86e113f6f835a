package de.nrw.coop.cli;

/** Options that parse but do not make sense together or name unknown things (exit code 2). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
