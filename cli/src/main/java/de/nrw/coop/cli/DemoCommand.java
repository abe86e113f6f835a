package de.nrw.coop.cli;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.demo.DemoData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coop demo}: loads the bundled dataset (Kleine Anfrage 17/4514) and writes every report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the bundled demo dataset (Kleine Anfrage 17/4514, NRW and Südkorea) into the store",
            "and write every report of it into the output folder. Running it again changes nothing."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}); created if missing.")
    private Path output;

    @Override
    public Integer call() {
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            ImportResult result = store.importFiles(DemoData.sources());
            ImportCommand.print(spec.commandLine().getOut(), spec.commandLine().getErr(), result,
                    DemoData.sources().size());
        }
        return ExitCode.OK;
    }
}
