package de.nrw.coop.cli;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.reports.answer.AnswerReport;
import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.reports.yearly.YearlyReport;
import de.nrw.coop.reports.yearly.YearlyResult;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.ReportFilter;
import java.io.PrintWriter;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.demo.DemoData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coop demo}: loads the bundled dataset (Kleine Anfrage 17/4514, and the open inquiry
 * 17/4720 for the due list) and writes every report of 17/4514.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the bundled demo dataset (Kleine Anfrage 17/4514, NRW and Südkorea) into the store",
            "and write every report of it into the output folder. Running it again changes nothing."})
final class DemoCommand implements Callable<Integer> {

    /** The inquiry the demo dataset reconstructs. */
    static final InquiryId DEMO_INQUIRY = new InquiryId(17, 4514);

    /** The demo's last year with visits: the year of its yearly report. */
    static final int DEMO_YEAR = 2019;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}); created if missing.")
    private Path output;

    @Override
    public Integer call() {
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            ImportResult result = store.importFiles(DemoData.desk());
            PrintWriter out = spec.commandLine().getOut();
            ImportCommand.print(out, spec.commandLine().getErr(), result, DemoData.desk().size());
            InquiryPdfCommand.createFolder(output);
            Inquiry inquiry = store.inquiry(DEMO_INQUIRY).orElseThrow(
                    () -> new IllegalStateException("the demo dataset lacks inquiry " + DEMO_INQUIRY));
            Path answer = output.resolve(DEMO_INQUIRY.fileName() + ".pdf");
            AnswerReport.write(store, DEMO_INQUIRY, AnswerFormat.PDF, answer);
            out.println(answer);
            ReportFilter filter = ReportFilter.of(inquiry.countryCodes(), inquiry.fromYear(), inquiry.toYear());
            Path tables = output.resolve(TablesWorkbook.fileName(filter));
            TablesWorkbook.write(store, filter, tables);
            out.println(tables);
            YearlyResult yearly = YearlyReport.write(store, DEMO_YEAR, List.of(), output);
            out.println(yearly.pdf());
            out.println(yearly.xlsx());
        }
        return ExitCode.OK;
    }
}
