package de.nrw.coop.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammar of the requester line: "des Abgeordneten NAME PARTY" for one man, "der Abgeordneten
 * NAME PARTY" for one woman, "der Abgeordneten A, B und C PARTY" for several; one line per
 * parliamentary group, in the order the groups first appear. Fraktionen asking themselves share one
 * line: "der Fraktion der SPD", "der Fraktion der CDU und der Fraktion der FDP"; a group whose name
 * brings its own article ("BÜNDNIS 90/DIE GRÜNEN") takes none: "der Fraktion BÜNDNIS 90/DIE GRÜNEN".
 */
public final class RequesterLine {
    private RequesterLine() {}

    public static List<String> lines(List<Requester> requesters) {
        if (!requesters.isEmpty() && requesters.stream().allMatch(Requester::isFraktion)) {
            return List.of(fraktionen(requesters));
        }
        Map<String, List<Requester>> byGroup = new LinkedHashMap<>();
        for (Requester r : requesters) {
            byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Requester>> group : byGroup.entrySet()) {
            List<Requester> members = group.getValue();
            boolean oneMan = members.size() == 1 && members.get(0).gender() == Gender.MALE;
            lines.add((oneMan ? "des Abgeordneten " : "der Abgeordneten ") + names(members) + " " + group.getKey());
        }
        return lines;
    }

    private static String fraktionen(List<Requester> requesters) {
        List<String> groups = requesters.stream().map(RequesterLine::fraktion).distinct().toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            if (i > 0) {
                sb.append(i == groups.size() - 1 ? " und " : ", ");
            }
            sb.append(groups.get(i));
        }
        return sb.toString();
    }

    /** "der Fraktion der SPD"; "der Fraktion BÜNDNIS 90/DIE GRÜNEN" for a name with its own article. */
    public static String fraktion(Requester fraktion) {
        String group = fraktion.group();
        boolean ownArticle = group.matches("(?i).*\\b(DIE|DER|DAS)\\b.*");
        return "der Fraktion " + (ownArticle ? "" : "der ") + group;
    }

    private static String names(List<Requester> members) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                sb.append(i == members.size() - 1 ? " und " : ", ");
            }
            sb.append(members.get(i).name());
        }
        return sb.toString();
    }
}
