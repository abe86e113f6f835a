package de.nrw.coop.reports.answer;

import java.util.Random;

/** Deterministic German filler prose for long answers. */
final class Texts {
    private static final String[] WORDS = ("die Landesregierung unterstützt Zusammenarbeit mit Partnern aus"
            + " Südkorea im Bereich Forschung Ausbildung Wirtschaft und Kultur durch Besuche Delegationen"
            + " Austausch von Fachleuten Hochschulen Kooperation Ministerium des Innern der Justiz Förderung"
            + " Programme Vereinbarungen Gespräche Netzwerke Projekte gemeinsame Veranstaltungen").split(" ");

    /** Words no answer uses, so a test can tell question lines from answer lines. */
    private static final String[] QUESTION_WORDS = ("welche Erkenntnisse Maßnahmen Haushaltstitel Landesmittel"
            + " Zeitraum Angaben Umfang Zielsetzung Ergebnisse Bewertung Kenntnis hat liegen vor seit wann").split(" ");

    private Texts() {}

    /** A question of about the given number of words, ending with a question mark. */
    static String question(Random random, int words) {
        return words(random, words, QUESTION_WORDS).replaceAll("[.]", "") + "?";
    }

    /** A paragraph of about the given number of words, sentence-cased, ending with a full stop. */
    static String paragraph(Random random, int words) {
        return words(random, words, WORDS) + ".";
    }

    private static String words(Random random, int words, String[] vocabulary) {
        StringBuilder sb = new StringBuilder();
        boolean capital = true;
        for (int i = 0; i < words; i++) {
            String w = vocabulary[random.nextInt(vocabulary.length)];
            if (capital) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                capital = false;
            }
            sb.append(i == 0 ? "" : " ").append(w);
            if (i % 14 == 13 && i < words - 1) {
                sb.append('.');
                capital = true;
            }
        }
        return sb.toString();
    }
}
