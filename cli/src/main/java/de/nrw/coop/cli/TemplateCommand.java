package de.nrw.coop.cli;

import de.nrw.coop.reports.entry.EntryTemplate;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.EntryWorkbook;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coop template [KIND...] -o erfassung.xlsx}: the data-entry workbook. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write the data-entry workbook staff fill in Excel and load with 'coop import':",
            "a sheet per kind of record, dropdowns with the keys the store holds, an explanation sheet first."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "KIND", description = "Kinds of record to include, e.g. activities"
            + " funding (default: all: countries, departments, partners, agreements, projects, activities, funding,"
            + " settlements, keyFigures).")
    private List<String> kinds;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true, description = "Workbook to write.")
    private Path output;

    @Override
    public Integer call() {
        List<RecordType<?>> types = new ArrayList<>();
        List<String> allowed = EntryWorkbook.types().stream().map(RecordType::section).toList();
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            RecordType<?> type = RecordTypes.bySection(kind);
            if (type == null || !type.isFlat()) {
                throw new UsageException("'" + kind + "' is not a kind of record the workbook holds"
                        + (type == null ? "" : " (" + kind + " are written in YAML)") + "; choose from "
                        + String.join(", ", allowed));
            }
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            EntryTemplate.write(store, types, output);
            spec.commandLine().getOut().println(output);
        }
        return ExitCode.OK;
    }
}
