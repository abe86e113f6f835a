package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Inquiries for the answer tests, built in memory. {@link #kleineAnfrage4514()} is the real answer
 * of the reference (until the demo dataset and the test store are on main, then the test renders
 * it from the store).
 */
final class Inquiries {
    static final String MINISTER = "Der Minister für Bundes- und Europaangelegenheiten sowie Internationales";
    static final String CONCURRENCE = "im Einvernehmen mit dem Ministerpräsidenten sowie allen übrigen Mitgliedern"
            + " der Landesregierung";

    private Inquiries() {}

    static Inquiry kleineAnfrage4514() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    static AnswerBlock.Paragraph p(String text) {
        return new AnswerBlock.Paragraph(text);
    }

    static Question q(int number, String text, AnswerBlock... answer) {
        return new Question(number, text, List.of(answer));
    }

    /** The 17/4514 inquiry, with every part replaceable for variants. */
    static final class Builder {
        InquiryId id = new InquiryId(17, 4514);
        Drucksache answerDrucksache = Drucksache.parse("17/11754");
        LocalDate answerDate = LocalDate.of(2020, 11, 9);
        LocalDate issued = LocalDate.of(2020, 11, 13);
        LocalDate letterDate = LocalDate.of(2020, 11, 9);
        List<Requester> requesters = List.of(new Requester("Sven Werner Tritschler", Gender.MALE, "AfD"));
        String title = "Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea";
        List<String> preface = List.of(
                "Südkorea ist einer der Staaten in Asien, mit denen Nordrhein-Westfalen sehr enge Beziehungen"
                        + " unterhält. Etwa 7.500 Südkoreaner, das sind 20 Prozent aller in Deutschland lebender"
                        + " Menschen aus diesem Staat, sind in NRW ansässig; ungefähr 1.000 von ihnen studieren.",
                "60 südkoreanische Unternehmen haben ihren Sitz im bevölkerungsreichsten Bundesland, und NRWs"
                        + " Universitäten unterhalten etwa 30 Hochschulkooperationen mit Partnern aus dem Land in"
                        + " Ostasien.[^1]",
                "Im Dezember letzten Jahres empfing Ministerpräsident Armin Laschet den Minister für Handel,"
                        + " Industrie und Energie der Republik Korea, Yun-mo Sung, in der Staatskanzlei und erklärte"
                        + " anlässlich dieses Treffens: „Südkorea ist für Nordrhein-Westfalen und für Deutschland"
                        + " ein wichtiger Partner. Uns verbinden gemeinsame Werte und Interessen wie Demokratie,"
                        + " freier Handel, aber auch die gemeinsame Erfahrung der nationalen Teilung“.[^2]");
        List<Footnote> footnotes = List.of(
                new Footnote(1, "https://www.land.nrw/de/pressemitteilung/ministerpraesident-armin-laschet-"
                        + "empfaengt-den-botschafter-der-republik-korea-0"),
                new Footnote(2, "https://www.land.nrw/de/pressemitteilung/ministerpraesident-armin-laschet-"
                        + "empfaengt-den-minister-fuer-handel-industrie-und"));
        List<String> governmentPreface = List.of();
        String concurrence = CONCURRENCE;
        List<Question> questions = new ArrayList<>(List.of(
                q(1, "Welche Projekte unterstützt das Land Nordrhein-Westfalen bzw. welche Verbindungen unterhält"
                        + " das Land mit Partnern aus Südkorea auf staatlicher sowie auf nichtstaatlicher Ebene?"
                        + " (Bitte nach Projekten, Art der Unterstützung und nach Partnern aufschlüsseln)",
                        p("Am 15. September 2014 wurde ein Memorandum of Understanding (MoU) zwischen dem"
                                + " Ministerium des Innern (IM) des Landes Nordrhein-Westfalen und Südkorea, Korean"
                                + " Nation Police University geschlossen, das am 15. Mai 2018 verlängert wurde."
                                + " Neben der Ausbildung koreanischer Polizeistudenten richtet sich die Kooperation"
                                + " auf den gegenseitigen Wissensaustausch zum Zwecke der Bekämpfung der"
                                + " Cyber-Kriminalität.")),
                q(2, "Wie haben sich diese Projekte bzw. Partnerschaften im Verlaufe der letzten drei Jahre"
                        + " entwickelt? (Bitte nach Jahren, Anzahl der Partnerschaften/Projekte und Intensität der"
                        + " Zusammenarbeit aufschlüsseln [Schirmherrschaft, Beratung, etc.])",
                        p("Im Jahr 2017 erfolgten zwei Besuche einer koreanischen Delegation beim IM sowie ein"
                                + " Besuch einer NRW-Delegation in Südkorea. Im Jahr 2018 besuchte erneut eine"
                                + " koreanische Delegation NRW. Ziel dieser Besuche war ein Wissensaustausch zur"
                                + " Bekämpfung von Cyberkriminalität. Im Jahr 2019 besuchte eine Delegation aus NRW"
                                + " Südkorea, um an einem Symposium zum Thema Cybercrime teilzunehmen."),
                        p("Im genannten Zeitraum beuchten drei Richter des Landgerichts Seoul das JM sowie das"
                                + " Oberlandesgericht Köln (2018). Im Januar 2019 besuchten drei Richter vom"
                                + " Obersten Gericht Koreas das JM sowie das Landgericht Duisburg.")),
                q(3, "In welcher Höhe stehen im Land Nordrhein-Westfalen Mittel zur Förderung"
                        + " deutsch-südkoreanischer Projekte zur Verfügung? (Bitte aufschlüsseln nach Projekten die"
                        + " in dem Zeitraum von 2017 bis heute finanziell unterstützt wurden bzw. werden)",
                        p("Im genannten Zeitraum wurden keine deutsch-südkoreanischen Projekte finanziell"
                                + " unterstützt.")),
                q(4, "Welche Erfolge konnten mit grenzübergreifenden Kooperationsprogrammen bzw."
                        + " grenzüberschreitender Zusammenarbeit zwischen Südkorea und dem Land"
                        + " Nordrhein-Westfalen seit dem Jahre 2017 erwirkt werden?",
                        p("Der durch das MoU des IM intensiv gepflegte Informationsaustausch mit Südkorea führte"
                                + " zu einem Aufbau eines Netzwerkes verschiedener Ansprechpartner für die"
                                + " polizeiliche Alltagsarbeit."),
                        p("Im Rahmen der gegenseitigen Besuche des IM konnten unterschiedliche Erfahrungen im"
                                + " Bereich Ermittlung, Forensik, Software und Neuentwicklung zum Themenkomplex"
                                + " Cybercrime gemacht und ausgetauscht werden."),
                        p("Die Zusammenarbeit des JM mit Südkorea diente dem Informations- und Fachaustausch.")),
                q(5, "Welche Erfolge hat die Wirtschaftsförderung NRW.INVEST bisher hervorgebracht?",
                        p("In den Jahren 2017 bis 2020 hat die Tätigkeit von NRW.INVEST zur Ansiedlung von"
                                + " insgesamt 16 neuen südkoreanischen Unternehmen in Nordrhein-Westfalen geführt."),
                        p("Detaillierte Informationen zu Besuchen bei und Empfängen von Partnern aus Südkorea"
                                + " sind den Berichten der Landesregierung über die Europäische und Internationale"
                                + " Zusammenarbeit zu entnehmen."))));

        Builder draft() {
            answerDrucksache = null;
            answerDate = null;
            issued = null;
            return this;
        }

        Inquiry build() {
            return new Inquiry(id, Drucksache.parse("17/11308"), answerDrucksache, LocalDate.of(2020, 10, 6), null,
                    letterDate, answerDate, issued, requesters, title, List.of("KR"), 2017, 2020, preface,
                    footnotes, MINISTER, concurrence, governmentPreface, questions);
        }
    }
}
