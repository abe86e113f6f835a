package de.nrw.coop.cli;

import de.nrw.coop.reports.answer.DraftTags;
import de.nrw.coop.reports.word.WordImport;
import de.nrw.coop.storage.CoopStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The Word half of {@code coop import}: edited answer drafts and returned contribution forms, one
 * document after the other, each whole or not at all (the first refused document stops the run;
 * those before it stay imported).
 */
final class WordImports {
    private WordImports() {}

    /** The user named, else the OS user; the history needs one. */
    static String user(String given) {
        String who = given != null ? given : System.getProperty("user.name");
        if (who == null || who.isBlank()) {
            throw new UsageException("cannot tell who imports the document: give --user");
        }
        return who;
    }

    static void run(CoopStore store, List<Path> files, Clock clock, String user, PrintWriter out) {
        for (Path file : files) {
            WordImport.Result result = WordImport.importFile(store, file, clock, user);
            out.println(result.file() + ": " + (DraftTags.ANSWER_DRAFT.equals(result.kind())
                    ? "answer draft of Kleine Anfrage " + result.inquiry() + " imported"
                    : "contribution form of Kleine Anfrage " + result.inquiry() + " imported") + ":");
            for (String line : result.changes()) {
                out.println("  " + line);
            }
        }
    }
}
