package de.nrw.coop.storage.dataset;

import de.nrw.coop.model.Printable;

/**
 * Refuses a text holding a character no font of coop's documents prints (Arabic, Devanagari, Thai,
 * emoji, ...): it would vanish from the PDFs without a trace. One problem per text, naming its
 * first such character as {@code U+0627 ARABIC LETTER ALEF (script ARABIC)}.
 */
final class PrintableText {
    private PrintableText() {}

    static void check(Scope scope, Node at, String atPath, String text) {
        Printable.firstUncovered(text).ifPresent(c -> {
            long more = Printable.uncoveredCount(text) - 1;
            scope.problem(at, atPath, Printable.describe(c) + " cannot be printed: no font of the PDFs has it"
                    + (more > 0 ? " (nor " + more + " more character" + (more == 1 ? "" : "s") + " of this text)" : "")
                    + "; the supported scripts are listed in docs/dataset-format.md");
        });
    }
}
