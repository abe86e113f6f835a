package de.nrw.coop.cli;

/** A file named on the command line does not exist or cannot be read. */
final class InputMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputMissingException(String message) {
        super(message);
    }
}
