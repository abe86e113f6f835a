/**
 * The coop command line (picocli): one class per command, exit codes mapped in one place (ErrorHandler, ExitCode).
 */
package de.nrw.coop.cli;
