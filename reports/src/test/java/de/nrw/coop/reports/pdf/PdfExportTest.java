package de.nrw.coop.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

class PdfExportTest {
    private static final LocalDate LETTER_DATE = LocalDate.of(2025, 3, 14);
    private static final String TITLE = "Testbericht Übersicht ÄÖÜ";
    private static JasperReport report;

    @BeforeAll
    static void compile() throws Exception {
        try (InputStream jrxml = PdfExportTest.class.getResourceAsStream("archival-test.jrxml")) {
            report = JasperCompileManager.compileReport(jrxml);
        }
    }

    static JasperPrint fill(int rows) throws Exception {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", TITLE);
        return JasperFillManager.fillReport(report, parameters, new JREmptyDataSource(rows));
    }

    static PdfMetadata meta() {
        return PdfMetadata.builder(TITLE, LETTER_DATE)
                .subject("Drucksache 17/4514")
                .keywords(List.of("Kleine Anfrage", "Korea"))
                .build();
    }

    @Test
    void threePageReportPassesPdfA2aAndPdfUa1() throws Exception {
        JasperPrint print = fill(80);
        assertThat(print.getPages()).hasSize(3);

        byte[] pdf = PdfExport.toBytes(print, meta());
        assertThat(PdfValidation.failures(pdf)).isEmpty();
        measure(print);
    }

    @Test
    void textKeepsUmlautCapitalsAndHangulAndEveryFontIsEmbedded() throws Exception {
        byte[] pdf = PdfExport.toBytes(fill(5), meta());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("ÄRGER ÜBER ÖFFNUNGSZEITEN", "Übersicht ÄÖÜ äöü ß", "경찰대학", "Österreich", "„Anführungszeichen“");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font).as("font %s is a Type0 (Identity-H) font", font.getName()).isInstanceOf(PDType0Font.class);
                    // OpenPDF's CIDSet lists too few glyphs (PDF/A-2 6.2.11.4.2); it is optional, so none is written
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getCOSObject()
                            .containsKey(COSName.getPDFName("CIDSet"))).as("CIDSet of %s", font.getName()).isFalse();
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("LiberationSans")).anyMatch(f -> f.contains("NanumGothic"))
                    .noneMatch(f -> f.contains("Helvetica"));
        }
    }

    @Test
    void metadataTitleLanguageAndPdfUaIdentification() throws Exception {
        PdfMetadata draft = PdfMetadata.builder(TITLE, LETTER_DATE).draft(true).build();
        byte[] pdf = PdfExport.toBytes(fill(5), draft);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(TITLE);
            assertThat(info.getAuthor()).isEqualTo("Landesregierung Nordrhein-Westfalen");
            assertThat(info.getKeywords()).isEqualTo("Entwurf");
            assertThat(info.getCOSObject().getString(COSName.CREATION_DATE)).isEqualTo("D:20250314000000Z");
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("de-DE");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
                    "<pdfaid:conformance>A</pdfaid:conformance>", TITLE, "2025-03-14T00:00:00Z",
                    "http://www.aiim.org/pdfua/ns/id/", "<rdf:li>Entwurf</rdf:li>");
            PDOutlineItem first = catalog.getDocumentOutline().getFirstChild();
            assertThat(first).as("bookmark of the h1 title").isNotNull();
            assertThat(first.getTitle()).isEqualTo(TITLE);
        }
        assertThat(PdfValidation.failures(pdf)).isEmpty();
    }

    @Test
    void headerCellsHaveScopeAndPageFurnitureIsNotInTheStructureTree() throws Exception {
        byte[] pdf = PdfExport.toBytes(fill(40), meta());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("StructTreeRoot"));
            List<COSDictionary> elements = new ArrayList<>();
            collect(root, elements);
            List<COSDictionary> headers = elements.stream().filter(e -> "TH".equals(e.getNameAsString(COSName.S))).toList();
            List<String> scopes = new ArrayList<>();
            for (COSDictionary th : headers) {
                COSDictionary attributes = th.getCOSDictionary(COSName.A);
                assertThat(attributes.getNameAsString(COSName.O)).isEqualTo("Table");
                scopes.add(attributes.getNameAsString(COSName.getPDFName("Scope")));
            }
            // three column headers in the header row, one row header at the start of each data row
            assertThat(scopes).containsExactlyInAnyOrder("Column", "Column", "Column", "Row", "Row");
            assertThat(elements).noneMatch(e -> e.getString(COSName.getPDFName("Lang")) != null
                    && e.getString(COSName.getPDFName("Lang")).startsWith("x-"));
            String firstPage = new String(doc.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(firstPage).containsPattern("/Artifact\\s*<<\\s*/Type\\s*/Pagination\\s*>>\\s*BDC")
                    .contains("/Artifact BMC");
        }
    }

    @Test
    void sameReportGivesIdenticalBytesAcrossTimeAndFills() throws Exception {
        byte[] first = PdfExport.toBytes(fill(80), meta());
        Thread.sleep(1100);
        byte[] again = PdfExport.toBytes(fill(80), meta());
        JasperPrint print = fill(80);
        byte[] samePrint = PdfExport.toBytes(print, meta());
        byte[] samePrintAgain = PdfExport.toBytes(print, meta());

        assertThat(again).isEqualTo(first);
        assertThat(samePrint).isEqualTo(first);
        assertThat(samePrintAgain).isEqualTo(first);
        assertThat(PdfExport.toBytes(print, PdfMetadata.builder(TITLE, LETTER_DATE.plusDays(1)).build()))
                .as("the document date is part of the bytes").isNotEqualTo(first);
    }

    @Test
    void anotherJvmInAnotherTimeZoneWritesTheSameBytes(@TempDir Path folder) throws Exception {
        Path child = folder.resolve("child.pdf");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Seoul", "-Duser.language=ko", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                ExportInChildJvm.class.getName(), "80", child.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("child JVM output:%n%s", output).isZero();

        assertThat(Files.readAllBytes(child)).isEqualTo(PdfExport.toBytes(fill(80), meta()));
    }

    @Test
    void threeHundredPagesStillValidate() throws Exception {
        JasperPrint print = fill(9900);
        assertThat(print.getPages().size()).isGreaterThanOrEqualTo(300);

        byte[] pdf = PdfExport.toBytes(print, meta());
        assertThat(PdfValidation.failures(pdf)).isEmpty();
        measure(print);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(print.getPages().size());
        }
    }

    @Test
    void writeStreamsTheSameBytes() throws Exception {
        JasperPrint print = fill(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(print, meta(), out);
        assertThat(out.toByteArray()).isEqualTo(PdfExport.toBytes(print, meta()));
    }

    @Test
    void metadataRejectsBlankTitleAndBadLanguage() {
        assertThatThrownBy(() -> PdfMetadata.builder(" ", LETTER_DATE).build())
                .hasMessageContaining("title must not be blank");
        assertThatThrownBy(() -> PdfMetadata.builder(TITLE, LETTER_DATE).language("deutsch!").build())
                .hasMessageContaining("deutsch!");
        assertThatThrownBy(() -> PdfMetadata.builder(TITLE, null).build())
                .hasMessageContaining("documentDate");
    }

    /** Prints what the archival export costs (best of three, after a warm-up); no assertion on time. */
    private static void measure(JasperPrint print) throws Exception {
        long best = Long.MAX_VALUE;
        int size = 0;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            size = PdfExport.toBytes(print, meta()).length;
            if (i > 0) {
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        System.out.printf("PdfExport %d pages, %d KiB: %.1f ms (best of 3)%n", print.getPages().size(), size / 1024, best / 1e6);
    }

    private static void collect(COSDictionary node, List<COSDictionary> out) {
        COSBase kids = node.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                    out.add(kid);
                    collect(kid, out);
                }
            }
        } else if (kids instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
            out.add(kid);
            collect(kid, out);
        }
    }
}
