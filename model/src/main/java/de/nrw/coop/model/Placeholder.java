package de.nrw.coop.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of answer templates ({@link AnswerBlock.Template}): what may stand in braces in
 * a template's text and what it becomes when the answer is rendered for the inquiry's countries
 * and period. The one place the vocabulary is described; docs/dataset-format.md lists the same.
 */
public enum Placeholder {
    COUNTRY_NAME("country.name", "the country's name: Südkorea", Scope.ONE_COUNTRY),
    COUNTRY_ADJECTIVE("country.adjective", "the country's adjective, uninflected: südkoreanisch"
            + " (write {country.adjective}en for südkoreanischen)", Scope.ONE_COUNTRY),
    COUNTRY_NAMES("country.names", "the names of all the inquiry's countries: Südkorea, Japan und China",
            Scope.COUNTRIES),
    PERIOD_FROM("period.from", "the first year of the inquiry's period: 2017", Scope.PERIOD),
    PERIOD_TO("period.to", "the last year of the inquiry's period: 2020", Scope.PERIOD),
    SETTLEMENTS_COMPANIES("settlements.companies", "companies settled in the period, summed: 16", Scope.DATA),
    FUNDING_TOTAL("funding.total", "the funding of the period, summed: 12.500,50 €", Scope.DATA),
    FUNDING_PROJECTS("funding.projects", "the number of projects funded in the period: 3", Scope.DATA),
    ACTIVITIES_COUNT("activities.count", "the number of activities in the period: 7", Scope.DATA),
    PROJECTS_COUNT("projects.count", "the number of projects active in the period: 2", Scope.DATA),
    AGREEMENTS_COUNT("agreements.count", "the number of agreements in force in the period: 1", Scope.DATA);

    /** What a placeholder needs of the inquiry, and what makes it "empty". */
    public enum Scope {
        /** Exactly one country. */
        ONE_COUNTRY,
        /** Any number of countries. */
        COUNTRIES,
        /** The inquiry's period. */
        PERIOD,
        /** Data of the store; empty when there is none for the countries and period. */
        DATA
    }

    /** Anything in braces: known placeholders and misspelt ones alike. */
    public static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");

    private final String id;
    private final String description;
    private final Scope scope;

    Placeholder(String id, String description, Scope scope) {
        this.id = id;
        this.description = description;
        this.scope = scope;
    }

    /** The name inside the braces: {@code country.name}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public Scope scope() {
        return scope;
    }

    /** The placeholder named {@code id}, or null. */
    public static Placeholder byId(String id) {
        for (Placeholder p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Every id, for messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Placeholder::id).toList();
    }

    /**
     * One placeholder of a text.
     *
     * @param placeholder the known placeholder; null when {@code name} is unknown
     * @param name        what stood in the braces
     * @param offset      index of the opening brace in the text
     */
    public record Use(Placeholder placeholder, String name, int offset) {}

    /** Every {@code {...}} of the text, in order. */
    public static List<Use> uses(String text) {
        List<Use> uses = new ArrayList<>();
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            uses.add(new Use(byId(m.group(1).strip()), m.group(1), m.start()));
        }
        return uses;
    }

    /**
     * The first problem of a template text for an inquiry with {@code countries} countries and a
     * period known or not; null when there is none.
     */
    public static String problem(String text, int countries, boolean hasPeriod) {
        for (Use use : uses(text)) {
            if (use.placeholder() == null) {
                return "unknown placeholder {" + use.name() + "}; known: " + String.join(", ", ids().stream()
                        .map(id -> "{" + id + "}").toList());
            }
            if (use.placeholder().scope() == Scope.ONE_COUNTRY && countries != 1) {
                return "{" + use.name() + "} needs an inquiry about exactly one country; this one has " + countries
                        + (countries > 1 ? " (use {country.names}, or make one inquiry per country)" : "");
            }
            if (use.placeholder().scope() == Scope.PERIOD && !hasPeriod) {
                return "{" + use.name() + "} needs the inquiry's period (period: {from: ..., to: ...})";
            }
        }
        return null;
    }
}
