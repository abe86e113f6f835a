package de.nrw.coop.reports.yearly;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Direction;
import de.nrw.coop.storage.query.ActivityView;
import java.util.List;

/**
 * One German sentence per activity, as the government's reports tell them: the sentence staff
 * stored where there is one, otherwise a neutral line built from the record. Names are given
 * without articles (in parentheses or after a colon), so the line stays grammatical whatever a
 * name is.
 */
public final class Sentences {
    private static final String NRW = "Nordrhein-Westfalen";

    private Sentences() {}

    /** The sentence of an activity: the stored one, else a neutral line built from the record. */
    public static String of(ActivityView view) {
        Activity a = view.activity();
        if (a.sentence() != null) {
            return a.sentence();
        }
        String when = capitalise(a.date().german());
        StringBuilder s = new StringBuilder(when).append(' ');
        boolean toNrw = a.direction() == Direction.TO_NRW;
        if (a.kind() == ActivityKind.VISIT || a.kind() == ActivityKind.DELEGATION) {
            if (toNrw) {
                s.append("besuchte ").append(who(a, "eine Delegation aus " + view.countryName(), view.partnerNames()))
                        .append(' ').append(NRW);
                appendList(s, "; Gastgeber", view.hostNames());
            } else {
                s.append("reiste ").append(who(a, "eine Delegation aus " + NRW, view.hostNames()))
                        .append(" nach ").append(view.countryName());
                appendList(s, "; Partner", view.partnerNames());
            }
        } else {
            s.append("fand ").append(a.kind() == ActivityKind.SYMPOSIUM ? "ein Symposium" : "eine Veranstaltung")
                    .append(" mit ").append(view.countryName()).append(" in ")
                    .append(toNrw ? NRW : view.countryName()).append(" statt");
            appendList(s, "; beteiligt", concat(view.hostNames(), view.partnerNames()));
        }
        s.append('.');
        if (a.purpose() != null) {
            s.append(" Anlass: ").append(a.purpose());
            if (!a.purpose().endsWith(".")) {
                s.append('.');
            }
        }
        return s.toString();
    }

    private static String who(Activity a, String fallback, List<String> names) {
        String who = a.delegation() != null ? a.delegation() : fallback;
        if (a.delegation() == null && a.delegationSize() != null) {
            who += " mit " + a.delegationSize() + (a.delegationSize() == 1 ? " Person" : " Personen");
        }
        return names.isEmpty() ? who : who + " (" + String.join(", ", names) + ")";
    }

    private static void appendList(StringBuilder s, String label, List<String> names) {
        if (!names.isEmpty()) {
            s.append(label).append(": ").append(String.join(", ", names));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
