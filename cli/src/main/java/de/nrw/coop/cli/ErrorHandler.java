package de.nrw.coop.cli;

import de.nrw.coop.model.ModelException;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.reports.answer.UnknownInquiryException;
import de.nrw.coop.reports.excel.FilterException;
import de.nrw.coop.reports.word.WordImportException;
import de.nrw.coop.storage.StatusException;
import de.nrw.coop.storage.intake.IntakeException;
import de.nrw.coop.storage.StoreBusyException;
import de.nrw.coop.storage.StoreException;
import de.nrw.coop.storage.StoreUrlException;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.web.CredentialsException;
import de.nrw.coop.web.PortalException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that maps exceptions to exit codes and messages. User errors print one clear
 * message and no stack trace; {@code --verbose} adds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** Most specific type first. */
    private static final Map<Class<? extends Throwable>, Integer> CODES = new LinkedHashMap<>();

    static {
        CODES.put(CommandLine.ParameterException.class, ExitCode.USAGE);
        CODES.put(UsageException.class, ExitCode.USAGE);
        CODES.put(FilterException.class, ExitCode.USAGE);
        CODES.put(StoreUrlException.class, ExitCode.USAGE);
        CODES.put(DatasetException.class, ExitCode.DATA_ERR);
        CODES.put(ModelException.class, ExitCode.DATA_ERR);
        CODES.put(WordImportException.class, ExitCode.DATA_ERR);
        CODES.put(InputMissingException.class, ExitCode.NO_INPUT);
        CODES.put(UnknownInquiryException.class, ExitCode.NO_INPUT);
        CODES.put(OutputException.class, ExitCode.CANT_CREATE);
        CODES.put(CredentialsException.class, ExitCode.DATA_ERR);
        CODES.put(PortalException.class, ExitCode.IO_ERR);
        CODES.put(StatusException.class, ExitCode.USAGE);
        CODES.put(IntakeException.class, ExitCode.DATA_ERR);
        CODES.put(StoreBusyException.class, ExitCode.TEMP_FAIL);
        CODES.put(StoreException.class, ExitCode.IO_ERR);
        CODES.put(UncheckedIOException.class, ExitCode.IO_ERR);
        CODES.put(IOException.class, ExitCode.IO_ERR);
    }

    static int exitCodeOf(Throwable e) {
        if (isDiskFull(e)) {
            // whoever noticed it (a report, POI's temporary files, the database), a full disk is I/O
            return ExitCode.IO_ERR;
        }
        for (Map.Entry<Class<? extends Throwable>, Integer> entry : CODES.entrySet()) {
            if (entry.getKey().isInstance(e)) {
                return entry.getValue();
            }
        }
        return ExitCode.INTERNAL;
    }

    /** Whether a full disk (or an exhausted quota) is anywhere in the chain of causes. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the operating system's words (ENOSPC, EDQUOT), as Java passes them on in the message
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int code = exitCodeOf(e);
        PrintWriter err = commandLine.getErr();
        boolean verbose = CoopCommand.of(commandLine).verbose();
        if (isDiskFull(e) && !(e instanceof OutputException || e instanceof StoreException)) {
            err.println("coop: no space left on device: " + e.getMessage());
        } else if (code == ExitCode.INTERNAL) {
            err.println("coop: internal error: " + e);
            if (!verbose) {
                err.println("coop: run again with --verbose for the stack trace, and report it");
            }
        } else {
            err.println("coop: " + e.getMessage());
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
