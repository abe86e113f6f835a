package de.nrw.coop.cli;

import de.nrw.coop.storage.CoopStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coop init}: creates the store, or brings its schema up to date. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the store or migrate its schema to the current version.")
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CoopCommand root = CoopCommand.of(spec.commandLine());
        try (CoopStore store = root.openStoreForWriting()) {
            spec.commandLine().getOut().println("Store ready: " + root.storeConfig().url());
        }
        return ExitCode.OK;
    }
}
