package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.InquirySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * The answer to a Kleine Anfrage in the Landesregierung's layout (Antwort der Landesregierung,
 * Landtag NRW Drucksache), rendered from the store as PDF or as an editable DOCX draft. Files are
 * written whole or not at all.
 */
public final class AnswerReport {
    static final JasperReportsContext CONTEXT = DefaultJasperReportsContext.getInstance();
    private static final int CLOSEST = 3;

    private AnswerReport() {}

    /**
     * Renders the stored inquiry to the target file.
     *
     * @throws UnknownInquiryException if the store holds no such inquiry
     * @throws OutputException         if the file cannot be written
     */
    public static void write(CoopStore store, InquiryId id, AnswerFormat format, Path target) {
        Inquiry inquiry = store.inquiry(id).orElseThrow(() -> new UnknownInquiryException(id, closest(store, id)));
        write(store, inquiry, format, target);
    }

    /**
     * Renders every stored inquiry into the folder, one file each, named from the id
     * ({@code 17/4514} → {@code 17-4514.pdf}). Each file is written whole or not at all; the
     * first inquiry that cannot be rendered stops the run (files written before it stay).
     *
     * @return the written files, in id order
     * @throws OutputException if dir is not a folder or a file cannot be written
     */
    public static List<Path> writeAll(CoopStore store, AnswerFormat format, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new OutputException(dir, "cannot write answers to " + dir + ": not a folder", null);
        }
        List<Path> written = new ArrayList<>();
        for (InquirySummary summary : store.inquiries()) {
            Path target = fileIn(dir, summary.id(), format);
            Inquiry inquiry = store.inquiry(summary.id())
                    .orElseThrow(() -> new UnknownInquiryException(summary.id(), closest(store, summary.id())));
            write(store, inquiry, format, target);
            written.add(target);
        }
        return written;
    }

    private static void write(CoopStore store, Inquiry inquiry, AnswerFormat format, Path target) {
        if (format == AnswerFormat.DOCX) {
            // the draft keeps the computed blocks as blocks (locked, showing their values) and shows
            // the departments' contributions for the lead desk to merge; the PDF never does
            Map<Integer, List<List<AnswerBlock>>> computed = ComputedBlocks.resolveEach(store, inquiry);
            Map<AnswerBlock.DataTable, TableData> tables = AnswerTables.resolve(store, inquiry);
            List<Contribution> contributions = store.contributions(inquiry.id());
            AtomicFile.write(target, out -> AnswerDocx.write(inquiry, computed, tables, contributions, out));
            return;
        }
        Inquiry resolved = ComputedBlocks.resolve(store, inquiry);
        write(resolved, AnswerTables.resolve(store, resolved), format, target);
    }

    /** Renders an inquiry with its resolved tables to the target file, whole or not at all. */
    public static void write(Inquiry inquiry, Map<AnswerBlock.DataTable, TableData> tables, AnswerFormat format,
                             Path target) {
        AtomicFile.write(target, out -> AnswerRenderer.render(inquiry, tables, format, out));
    }

    /** The file for an inquiry inside dir; refuses any name that would leave dir. */
    static Path fileIn(Path dir, InquiryId id, AnswerFormat format) {
        String name = id.fileName() + "." + format.extension();
        Path base = dir.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || !file.getParent().equals(base) || !name.matches("[0-9A-Za-z._-]+")
                || name.startsWith(".")) {
            throw new OutputException(file, "inquiry id " + id + " gives the file name '" + name
                    + "', which would not stay in " + dir, null);
        }
        return file;
    }

    /** Stored ids closest to the requested one: same period first, then nearest number. */
    static List<InquiryId> closest(CoopStore store, InquiryId id) {
        return closest(store.inquiries().stream().map(InquirySummary::id).toList(), id);
    }

    static List<InquiryId> closest(List<InquiryId> stored, InquiryId id) {
        return stored.stream()
                .sorted(Comparator.<InquiryId>comparingInt(other -> other.period() == id.period() ? 0 : 1)
                        .thenComparingInt(other -> Math.abs(other.period() - id.period()))
                        .thenComparingInt(other -> Math.abs(other.number() - id.number()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(CLOSEST)
                .toList();
    }
}
