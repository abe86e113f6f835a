package de.nrw.coop.bench;

import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.reports.yearly.YearlyReport;
import de.nrw.coop.reports.yearly.YearlyResult;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Limits;
import de.nrw.coop.storage.query.ReportFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * No input can hang or fail the yearly job: a dataset with every text field at its maximum
 * ({@link Limits}) and the largest amounts and key figures is imported, then the controllers'
 * workbook ({@code coop tables}) and the yearly report ({@code coop yearly}) are written from it,
 * next to the same records with ordinary short texts in the same run. Prints the wall times and
 * the ratio maximal / ordinary; the run fails if either report fails.
 */
public final class MaxFieldsBenchmark {
    private MaxFieldsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = Files.createTempDirectory("coop-maxfields-bench");
        try {
            run(dir.resolve("warm-up"), 50, false);
            long[] ordinary = run(dir.resolve("ordinary"), activities, false);
            long[] maximal = run(dir.resolve("maximal"), activities, true);
            System.out.printf("%,d activities, every text field at its maximum (name %d, title %d, description %d"
                    + " characters), amounts %s, key figures %s%n", activities, Limits.NAME.maxChars(),
                    Limits.TITLE.maxChars(), Limits.DESCRIPTION.maxChars(), Limits.AMOUNT.max().toPlainString(),
                    Limits.KEY_FIGURE.max().toPlainString());
            System.out.printf("import:  ordinary %.1f s, maximal %.1f s%n", ordinary[0] / 1e9, maximal[0] / 1e9);
            System.out.printf("tables:  ordinary %.1f s, maximal %.1f s, ratio %.2f%n", ordinary[1] / 1e9,
                    maximal[1] / 1e9, (double) maximal[1] / ordinary[1]);
            System.out.printf("yearly:  ordinary %.1f s (%d pages), maximal %.1f s (%d pages), ratio %.2f%n",
                    ordinary[2] / 1e9, ordinary[3], maximal[2] / 1e9, maximal[3], (double) maximal[2] / ordinary[2]);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Import, tables, yearly: nanoseconds of each, and the yearly report's pages. */
    private static long[] run(Path dir, int activities, boolean maximal) throws Exception {
        Files.createDirectories(dir);
        Path yaml = dir.resolve("data.yaml");
        Files.writeString(yaml, dataset(activities, maximal), StandardCharsets.UTF_8);
        try (CoopStore store = CoopStore.open(new StoreConfig("jdbc:h2:mem:maxfields-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", null, null))) {
            long t0 = System.nanoTime();
            store.importFiles(List.of(DatasetSource.of(yaml)));
            long t1 = System.nanoTime();
            TablesWorkbook.write(store, ReportFilter.all(), dir.resolve("tabellen.xlsx"));
            long t2 = System.nanoTime();
            YearlyResult result = YearlyReport.write(store, 2019, List.of(), dir);
            long t3 = System.nanoTime();
            return new long[] {t1 - t0, t2 - t1, t3 - t2, result.pages()};
        }
    }

    /** A text of exactly {@code length} characters (German, Korean and Chinese words), or a short one. */
    private static String text(String shortText, Limits.TextLimit limit, boolean maximal) {
        if (!maximal) {
            return shortText;
        }
        String words = "Delegation aus Südkorea „Austausch“ 대표단 방문 合作 ";
        StringBuilder sb = new StringBuilder(limit.maxChars());
        while (sb.length() < limit.maxChars()) {
            sb.append(words);
        }
        sb.setLength(limit.maxChars());
        // a plain scalar must not end in a blank or be cut in a pair
        sb.setCharAt(limit.maxChars() - 1, 'x');
        return "\"" + sb.toString().replace("\"", "'") + "\"";
    }

    /** A URL of the largest length a title holds (URLs have no blanks). */
    private static String url(boolean maximal) {
        String start = "https://www.land.nrw/de/pressemitteilung/";
        return maximal ? start + "x".repeat(Limits.TITLE.maxChars() - start.length()) : start + "kurz";
    }

    static String dataset(int activities, boolean max) {
        String name = text("Name", Limits.NAME, max);
        String title = text("Titel", Limits.TITLE, max);
        String description = text("Beschreibung", Limits.DESCRIPTION, max);
        StringBuilder sb = new StringBuilder();
        sb.append("countries:\n  - code: KR\n    name: ").append(name).append("\n    region: ").append(name).append('\n');
        sb.append("departments:\n  - key: IM-17\n    abbreviation: ").append(name).append("\n    name: ").append(name)
                .append("\n    units: [").append(name).append("]\n");
        sb.append("partners:\n  - key: knpu\n    name: ").append(name).append("\n    nativeName: ").append(name)
                .append("\n    country: KR\n    level: staatlich\n    kind: police\n");
        sb.append("agreements:\n  - key: mou\n    kind: ").append(name).append("\n    title: ").append(title)
                .append("\n    department: IM-17\n    partners: [knpu]\n    signed: 2014-09-15\n    subjects: [")
                .append(title).append(", ").append(title).append("]\n");
        sb.append("projects:\n  - key: pr\n    title: ").append(title).append("\n    department: IM-17\n")
                .append("    partners: [knpu]\n    level: staatlich\n    start: 2015-01-01\n    agreement: mou\n");
        sb.append("funding:\n  - project: pr\n    year: 2019\n    amount: ").append(Limits.AMOUNT.max().toPlainString())
                .append("\n    budgetLine: ").append(name).append('\n');
        sb.append("settlements:\n  - country: KR\n    from: 2019\n    companies: 16\n    source: ").append(title).append('\n');
        sb.append("keyFigures:\n  - key: kf\n    country: KR\n    label: ").append(name).append("\n    value: ")
                .append(Limits.KEY_FIGURE.max().toPlainString()).append("\n    unit: ").append(name)
                .append("\n    source:\n      title: ").append(title).append("\n      url: ").append(url(max)).append('\n');
        sb.append("activities:\n");
        for (int i = 0; i < activities; i++) {
            sb.append("  - key: a-").append(i).append("\n    kind: visit\n    date: 2019-")
                    .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
                    .append("\n    country: KR\n    direction: ").append(i % 2 == 0 ? "to-nrw" : "from-nrw")
                    .append("\n    hosts:\n      departments: [IM-17]\n      partners: [knpu]\n    partners: [knpu]\n")
                    .append("    delegation: ").append(description).append("\n    delegationSize: 999999999\n")
                    .append("    purpose: ").append(description).append("\n    project: pr\n    agreement: mou\n")
                    .append("    sentence: ").append(description).append('\n');
        }
        return sb.toString();
    }
}
