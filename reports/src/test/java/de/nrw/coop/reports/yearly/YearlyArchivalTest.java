package de.nrw.coop.reports.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.reports.pdf.PdfValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veraPDF: the yearly report passes PDF/A-2a and PDF/UA-1 with zero failed rules. */
class YearlyArchivalTest {
    @TempDir
    Path dir;

    @Test
    void aMultiCountryYearPassesPdfA2aAndPdfUa1() throws Exception {
        YearlyResult result = YearlyReport.write(GeneratedYear.of(2019, 6, 90), dir);
        List<String> failures = PdfValidation.failures(Files.readAllBytes(result.pdf()));
        assertThat(failures).isEmpty();
    }

    @Test
    void theNoDataReportPassesToo() throws Exception {
        YearlyResult result = YearlyReport.write(new YearlyData(2030, List.of(), java.math.BigDecimal.ZERO), dir);
        assertThat(PdfValidation.failures(Files.readAllBytes(result.pdf()))).isEmpty();
    }
}
