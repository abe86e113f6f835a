package de.nrw.coop.reports.pdf.internal;

import de.nrw.coop.model.Printable;
import java.util.List;
import java.util.Optional;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The last guard before a PDF is written: finds a text of the filled report holding a character
 * no font of the font set prints ({@link Printable}). The import refuses such characters, so this
 * only fires when the fonts shrank since the data was imported; the glyph would vanish silently.
 */
public final class GlyphCheck {
    private GlyphCheck() {}

    /** "the text '...' holds U+0627 ARABIC LETTER ALEF (script ARABIC)", or empty if every glyph prints. */
    public static Optional<String> firstLoss(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            Optional<String> loss = firstLoss(page.getElements());
            if (loss.isPresent()) {
                return loss;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstLoss(List<JRPrintElement> elements) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                Optional<String> loss = firstLoss(frame.getElements());
                if (loss.isPresent()) {
                    return loss;
                }
            } else if (element instanceof JRPrintText text && text.getFullText() != null) {
                String s = text.getFullText();
                Optional<Integer> c = Printable.firstUncovered(s);
                if (c.isPresent()) {
                    String shown = s.length() <= 80 ? s : s.substring(0, 77) + "...";
                    return Optional.of("the text '" + shown + "' holds " + Printable.describe(c.get()));
                }
            }
        }
        return Optional.empty();
    }
}
