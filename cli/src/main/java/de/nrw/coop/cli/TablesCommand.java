package de.nrw.coop.cli;

import de.nrw.coop.reports.excel.ReportFilters;
import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.ReportFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coop tables}: the controllers' workbook. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Write the figures behind answers and reports as an Excel workbook for controllers:",
            "Übersicht, Projekte, Vereinbarungen, Aktivitäten, Entwicklung, Förderung, Ansiedlungen, Kennzahlen."})
final class TablesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--country", paramLabel = "CODE", description = "ISO country code (repeatable; default: all).")
    private List<String> countries;

    @Option(names = "--department", paramLabel = "ABBR", description = "Ministry abbreviation, e.g. IM (repeatable; default: all).")
    private List<String> departments;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: open).")
    private Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: open).")
    private Integer to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true, description = "Workbook to write.")
    private Path output;

    @Override
    public Integer call() {
        Choices.year(from, "--from");
        Choices.year(to, "--to");
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            ReportFilter filter = ReportFilters.resolve(orEmpty(countries), orEmpty(departments), from, to,
                    store.countries(), store.departments());
            // one read transaction: a workbook written during an import shows the data before or after it
            store.consistent(view -> {
                TablesWorkbook.write(view, filter, output);
                return output;
            });
            spec.commandLine().getOut().println(output);
        }
        return ExitCode.OK;
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
