package de.nrw.coop.reports.yearly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of each page of a PDF (PDFBox), its chart images per page and its outline. */
record PdfText(List<String> pages, List<java.util.Set<String>> imagesPerPage, List<String> outline) {

    static PdfText of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            List<java.util.Set<String>> images = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
                PDPage page = doc.getPage(p - 1);
                java.util.Set<String> ids = new java.util.TreeSet<>();
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image
                            && image.getWidth() >= VisitChart.WIDTH) {
                        // identify an image by its bytes' digest: the same chart shared by pages counts once
                        try (var in = image.getCOSObject().createRawInputStream()) {
                            ids.add(java.util.HexFormat.of().formatHex(
                                    java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                        } catch (java.security.NoSuchAlgorithmException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                images.add(ids);
            }
            List<String> outline = new ArrayList<>();
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    collect(item, "", outline);
                }
            }
            return new PdfText(pages, images, outline);
        }
    }

    private static void collect(PDOutlineItem item, String indent, List<String> out) {
        out.add(indent + item.getTitle());
        for (PDOutlineItem child : item.children()) {
            collect(child, indent + "  ", out);
        }
    }

    /** 1-based number of the first page at or after {@code from} with a line equal to {@code line}. */
    int pageWithLine(String line, int from) {
        for (int p = from; p <= pages.size(); p++) {
            if (pages.get(p - 1).lines().anyMatch(l -> l.strip().equals(line))) {
                return p;
            }
        }
        return -1;
    }

    String all() {
        return String.join("\n", pages);
    }
}
