package de.nrw.coop.cli;

import de.nrw.coop.reports.excel.ReportFilters;
import de.nrw.coop.reports.yearly.YearlyReport;
import de.nrw.coop.reports.yearly.YearlyResult;
import de.nrw.coop.storage.CoopStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coop yearly}: the yearly cooperation report, made to run unattended. */
@Command(name = "yearly", mixinStandardHelpOptions = true,
        description = {"Write the yearly cooperation report (Kooperationsbericht) as PDF and Excel:",
            "DIR/kooperationsbericht-YEAR.pdf and DIR/kooperationsbericht-YEAR.xlsx.",
            "Both files are replaced atomically; unchanged data gives byte-identical files.",
            "A year without data is reported as such (exit 0, \"Keine Kooperationsdaten für YEAR\")."})
final class YearlyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(YearlyCommand.class);

    /** The clock only picks the default year; nothing of it reaches the files. */
    static Clock clock = Clock.systemDefaultZone();

    @Spec
    private CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", description = "Report year (default: the previous calendar year).")
    private Integer year;

    @Option(names = "--country", paramLabel = "CODE", description = "ISO country code (repeatable; default: every country with data).")
    private List<String> countries;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the two files (default: ${DEFAULT-VALUE}); created if missing.")
    private Path output;

    @Override
    public Integer call() {
        int reportYear = year != null ? year : LocalDate.now(clock).getYear() - 1;
        Choices.year(reportYear, "--year");
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            List<String> codes = ReportFilters.resolve(TablesCommand.orEmpty(countries), List.of(), null, null,
                    store.countries(), store.departments()).countryCodes();
            InquiryPdfCommand.createFolder(output);
            YearlyResult result;
            try (Progress progress = Progress.start(spec.commandLine().getErr(), "Kooperationsbericht " + reportYear)) {
                // one read transaction: a report written during an import shows the data before or after it
                result = store.consistent(view -> YearlyReport.write(view, reportYear, codes, output));
            }
            if (result.empty()) {
                LOG.warn("no cooperation data for {}: wrote the report saying so", reportYear);
            }
            LOG.info("yearly report {}: {} countries, {} pages", reportYear, result.countries(), result.pages());
            spec.commandLine().getOut().println(result.pdf());
            spec.commandLine().getOut().println(result.xlsx());
        }
        return ExitCode.OK;
    }
}
