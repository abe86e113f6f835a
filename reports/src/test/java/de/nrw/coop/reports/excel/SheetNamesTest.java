package de.nrw.coop.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void replacesIllegalCharactersAndCutsTo31() {
        assertThat(SheetNames.sanitise("Förderung 2017/2018: [alle]?*\\")).isEqualTo("Förderung 2017_2018_ _alle____");
        assertThat(SheetNames.sanitise("'Zitat'")).isEqualTo("Zitat");
        assertThat(SheetNames.sanitise("   ")).isEqualTo("Blatt");
        assertThat(SheetNames.sanitise(null)).isEqualTo("Blatt");
        assertThat(SheetNames.sanitise("history")).isEqualTo("history_");
        String longName = "Aktivitäten der Ministerien mit 경찰대학 und weiteren Partnern";
        assertThat(SheetNames.sanitise(longName)).hasSize(31).isEqualTo(longName.substring(0, 31));
    }

    @Test
    void doesNotSplitASurrogatePair() {
        String name = "x".repeat(30) + "😀";
        assertThat(SheetNames.sanitise(name)).isEqualTo("x".repeat(30));
    }

    @Test
    void dedupesCaseInsensitivelyWithinTheLimit() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("Aktivitäten")).isEqualTo("Aktivitäten");
        assertThat(names.unique("aktivitäten")).isEqualTo("aktivitäten (2)");
        assertThat(names.unique("Aktivitäten")).isEqualTo("Aktivitäten (3)");
        String longName = "A".repeat(40);
        assertThat(names.unique(longName)).isEqualTo("A".repeat(31));
        assertThat(names.unique(longName)).isEqualTo("A".repeat(27) + " (2)").hasSize(31);
    }

    @Test
    void poiAcceptsEveryResult() {
        SheetNames names = new SheetNames();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String wanted : new String[] {"a/b", "a\\b", "[x]", "'q'", "x".repeat(50), "x".repeat(50), "Übersicht"}) {
                String name = names.unique(wanted);
                WorkbookUtil.validateSheetName(name);
                wb.createSheet(name);
            }
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
