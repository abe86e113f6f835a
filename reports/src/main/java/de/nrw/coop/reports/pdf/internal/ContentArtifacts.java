package de.nrw.coop.reports.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Rewrites the tokens of one page content stream so that every painting operation is either
 * inside tagged marked content or inside an {@code /Artifact} sequence (PDF/UA-1 7.1-3).
 *
 * <p>JasperReports 7.0.6 draws cell borders, backgrounds and lines outside any marked content.
 * Runs of such operations at marked-content depth 0 are wrapped in {@code /Artifact BMC ... EMC}.
 * A run closes before {@code q}, {@code Q}, {@code BT}, {@code ET} and any other marked content,
 * so the sequences nest properly with the graphics state stack and text objects. Marked content whose MCID belongs to page
 * furniture is turned into a pagination artifact. Empty text-showing operations are dropped.
 */
final class ContentArtifacts {
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");
    private static final COSName MCID = COSName.getPDFName("MCID");

    /** Operators that put marks on the page (or start doing so) outside a text object. */
    private static final Set<String> PAINTING = Set.of(
            "m", "l", "c", "v", "y", "h", "re",
            "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*",
            "Do", "sh", "BI", "Tj", "TJ", "'", "\"");

    private ContentArtifacts() {}

    /**
     * @param tokens       operands and operators as {@code PDFStreamParser} returns them
     * @param artifactMcids MCIDs of this page whose marked content is page furniture
     * @param properties   the page's {@code /Properties} resources (for named BDC property lists), or null
     * @return the rewritten tokens, or {@code null} if nothing had to change
     */
    static List<Object> rewrite(List<Object> tokens, Set<Integer> artifactMcids, COSDictionary properties) {
        List<Object> out = new ArrayList<>(tokens.size() + 64);
        List<COSBase> operands = new ArrayList<>();
        int depth = 0;
        boolean run = false;
        boolean changed = false;
        for (Object token : tokens) {
            if (token instanceof COSBase operand) {
                operands.add(operand);
                continue;
            }
            Operator op = (Operator) token;
            String name = op.getName();
            if ("Tj".equals(name) && operands.size() == 1 && operands.get(0) instanceof COSString shown
                    && shown.getBytes().length == 0) {
                // the exporter's invisible page anchor shows "" in the template's default font; when
                // that names a font set, it falls back to a non-embedded Helvetica that PDF/A forbids
                operands.clear();
                changed = true;
                continue;
            }
            switch (name) {
                case "BDC", "BMC" -> {
                    if (run) {
                        closeRun(out);
                        run = false;
                    }
                    if ("BDC".equals(name) && isArtifactMcid(operands, artifactMcids, properties)) {
                        COSDictionary pagination = new COSDictionary();
                        pagination.setItem(COSName.TYPE, PAGINATION);
                        operands.clear();
                        operands.add(ARTIFACT);
                        operands.add(pagination);
                        changed = true;
                    }
                    depth++;
                }
                case "EMC" -> {
                    if (run) {
                        closeRun(out);
                        run = false;
                    }
                    depth = Math.max(0, depth - 1);
                }
                case "q", "Q", "BT", "ET" -> {
                    // marked content must nest with the graphics state stack and text objects
                    if (run) {
                        closeRun(out);
                        run = false;
                    }
                }
                default -> {
                    if (depth == 0 && !run && PAINTING.contains(name)) {
                        out.add(ARTIFACT);
                        out.add(Operator.getOperator("BMC"));
                        run = true;
                        changed = true;
                    }
                }
            }
            out.addAll(operands);
            operands.clear();
            out.add(op);
        }
        out.addAll(operands);
        if (run) {
            closeRun(out);
        }
        return changed ? out : null;
    }

    private static void closeRun(List<Object> out) {
        out.add(Operator.getOperator("EMC"));
    }

    private static boolean isArtifactMcid(List<COSBase> operands, Set<Integer> artifactMcids, COSDictionary properties) {
        if (artifactMcids.isEmpty() || operands.size() < 2) {
            return false;
        }
        COSBase list = operands.get(1);
        COSDictionary dict = null;
        if (list instanceof COSDictionary d) {
            dict = d;
        } else if (list instanceof COSName n && properties != null) {
            dict = properties.getCOSDictionary(n);
        }
        if (dict == null) {
            return false;
        }
        int mcid = dict.getInt(MCID, -1);
        return mcid >= 0 && artifactMcids.contains(mcid);
    }
}
