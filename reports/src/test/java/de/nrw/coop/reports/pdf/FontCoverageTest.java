package de.nrw.coop.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Printable;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontSetFamilyInfo;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.CharScriptsSet;
import org.junit.jupiter.api.Test;

/**
 * The model's description of what the PDFs can print ({@link Printable}, used by the import to
 * refuse what would vanish) must be exactly what the shipped fonts print under the font set's
 * script rules, computed here the way Jasper decides it: a code point prints when a family of
 * {@code DocSans} includes its script ({@link CharScriptsSet}, Jasper's own class) and the family's
 * font has a glyph for it. After a font change, copy {@code target/printable.txt} over
 * {@code model/src/main/resources/de/nrw/coop/model/printable.txt}.
 */
class FontCoverageTest {

    @Test
    void theModelsDescriptionIsWhatTheFontSetPrints() throws IOException {
        FontSetInfo set = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getFontSetInfo("DocSans", Locale.GERMAN, false);
        assertThat(set).as("font set DocSans").isNotNull();
        List<Font> fonts = new ArrayList<>();
        List<CharScriptsSet> scripts = new ArrayList<>();
        for (FontSetFamilyInfo family : set.getFamilies()) {
            fonts.add(family.getFontFamily().getNormalFace().getFont());
            scripts.add(new CharScriptsSet(family.getFontSetFamily().getIncludedScripts(),
                    family.getFontSetFamily().getExcludedScripts()));
        }
        assertThat(fonts).as("families of DocSans").hasSize(4);

        List<int[]> ranges = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (printable(c, fonts, scripts)) {
                if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == c - 1) {
                    ranges.get(ranges.size() - 1)[1] = c;
                } else {
                    ranges.add(new int[] {c, c});
                }
            }
        }
        String expected = Printable.format(ranges);
        Files.writeString(Path.of("target", "printable.txt"), expected, StandardCharsets.US_ASCII);
        assertThat(Printable.format(Printable.ranges()))
                .as("model/src/main/resources/de/nrw/coop/model/printable.txt differs from the fonts;"
                        + " copy reports/target/printable.txt over it")
                .isEqualTo(expected);

        // what the scripts of the partner countries need, and what nothing prints yet
        "AzÄÖÜßąłźčřşğİțΑωЖя北京大学國臺東京とうきょうセンターー。、・「」（）경찰대학 ()0-9.,;:„“–€".codePoints()
                .forEach(c -> assertThat(Printable.covers(c)).as(Printable.describe(c)).isTrue());
        "\u0627\u0915\u0E01\uD83D\uDE00".codePoints()
                .forEach(c -> assertThat(Printable.covers(c)).as(Printable.describe(c)).isFalse());
    }

    private static boolean printable(int c, List<Font> fonts, List<CharScriptsSet> scripts) {
        for (int i = 0; i < fonts.size(); i++) {
            if (scripts.get(i).includesCharacter(c) && fonts.get(i).canDisplay(c)) {
                return true;
            }
        }
        return false;
    }
}
