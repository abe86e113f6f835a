package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.Placeholder;
import de.nrw.coop.model.Question;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ReportFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Resolves the computed text blocks of an answer for the inquiry's countries and period: the
 * activities' sentences and the templates become paragraphs, and a computed block without data
 * becomes its {@code empty} text (or, without one, the sentence that there is no data). What
 * remains are paragraphs and data tables with rows, which the renderer lays out.
 */
public final class ComputedBlocks {
    private ComputedBlocks() {}

    /** The inquiry with every computed text block resolved from the store. */
    public static Inquiry resolve(CoopStore store, Inquiry inquiry) {
        return new Resolver(store, inquiry).inquiry();
    }

    /**
     * What each block of each answer resolves to, without replacing it: by question number, one
     * list per block in order (a paragraph stands for itself). The Word draft shows a computed
     * block's current values inside a locked control and keeps the block itself.
     */
    public static Map<Integer, List<List<AnswerBlock>>> resolveEach(CoopStore store, Inquiry inquiry) {
        Resolver resolver = new Resolver(store, inquiry);
        Map<Integer, List<List<AnswerBlock>>> each = new java.util.LinkedHashMap<>();
        for (Question q : inquiry.questions()) {
            List<List<AnswerBlock>> blocks = new ArrayList<>();
            for (AnswerBlock block : q.answer()) {
                blocks.add(resolver.block(block, q));
            }
            each.put(q.number(), blocks);
        }
        return each;
    }

    /** The data a template's placeholders stand for; computed on first use. */
    private static final class Resolver {
        final CoopStore store;
        final Inquiry inquiry;
        final ReportFilter filter;
        Map<String, Country> countries;
        final Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        /** Data placeholders that found no data. */
        final Set<Placeholder> empty = new HashSet<>();

        Resolver(CoopStore store, Inquiry inquiry) {
            this.store = store;
            this.inquiry = inquiry;
            this.filter = ReportFilter.of(inquiry.countryCodes(), inquiry.fromYear(), inquiry.toYear());
        }

        Inquiry inquiry() {
            List<Question> questions = new ArrayList<>();
            boolean changed = false;
            for (Question q : inquiry.questions()) {
                List<AnswerBlock> answer = new ArrayList<>();
                for (AnswerBlock block : q.answer()) {
                    List<AnswerBlock> resolved = block(block, q);
                    changed |= resolved.size() != 1 || resolved.get(0) != block;
                    answer.addAll(resolved);
                }
                questions.add(new Question(q.number(), q.text(), answer));
            }
            if (!changed) {
                return inquiry;
            }
            Inquiry i = inquiry;
            return new Inquiry(i.id(), i.questionDrucksache(), i.answerDrucksache(), i.asked(), i.received(),
                    i.letterDate(), i.answerDate(), i.issued(), i.requesters(), i.title(), i.countryCodes(),
                    i.fromYear(), i.toYear(), i.preface(), i.footnotes(), i.minister(), i.concurrence(),
                    i.governmentPreface(), questions, i.kind());
        }

        List<AnswerBlock> block(AnswerBlock block, Question q) {
            if (block instanceof AnswerBlock.Template t) {
                boolean noData = Placeholder.uses(t.text()).stream()
                        .anyMatch(u -> u.placeholder().scope() == Placeholder.Scope.DATA && isEmpty(u.placeholder(), q));
                return List.of(noData ? emptyText(t.empty(), ownCountries(List.of()), q)
                        : new AnswerBlock.Paragraph(fill(t.text(), ownCountries(List.of()), q)));
            }
            if (block instanceof AnswerBlock.Activities a) {
                List<AnswerBlock> paragraphs = activities(a);
                return paragraphs.isEmpty() ? List.of(emptyText(a.empty(), ownCountries(a.countryCodes()), q))
                        : paragraphs;
            }
            if (block instanceof AnswerBlock.DataTable t && t.empty() != null
                    && AnswerTables.table(store, inquiry, t).rows().isEmpty()) {
                return List.of(emptyText(t.empty(), ownCountries(t.countryCodes()), q));
            }
            return List.of(block);
        }

        private List<String> ownCountries(List<String> own) {
            return own.isEmpty() ? inquiry.countryCodes() : own;
        }

        private AnswerBlock emptyText(String empty, List<String> codes, Question q) {
            return new AnswerBlock.Paragraph(empty == null ? AnswerRows.NO_DATA : fill(empty, codes, q));
        }

        /** The stored sentences in date order: one paragraph, or one per year. */
        private List<AnswerBlock> activities(AnswerBlock.Activities a) {
            ReportFilter f = ReportFilter.of(ownCountries(a.countryCodes()),
                    a.fromYear() != null ? a.fromYear() : inquiry.fromYear(),
                    a.toYear() != null ? a.toYear() : inquiry.toYear());
            Map<Integer, List<String>> byYear = new LinkedHashMap<>();
            store.forEachActivity(f, v -> {
                if (v.activity().sentence() != null) {
                    byYear.computeIfAbsent(a.perYear() ? v.activity().date().year() : 0, y -> new ArrayList<>())
                            .add(v.activity().sentence());
                }
            });
            List<AnswerBlock> paragraphs = new ArrayList<>();
            for (List<String> sentences : byYear.values()) {
                paragraphs.add(new AnswerBlock.Paragraph(String.join(" ", sentences)));
            }
            return paragraphs;
        }

        private String fill(String text, List<String> codes, Question q) {
            Matcher m = Placeholder.BRACES.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                Placeholder p = Placeholder.byId(m.group(1).strip());
                m.appendReplacement(sb, Matcher.quoteReplacement(value(p, codes, q)));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private boolean isEmpty(Placeholder p, Question q) {
            value(p, inquiry.countryCodes(), q);
            return empty.contains(p);
        }

        private String value(Placeholder p, List<String> codes, Question q) {
            switch (p) {
                case COUNTRY_NAME:
                    return country(codes, q).name();
                case COUNTRY_ADJECTIVE: {
                    Country c = country(codes, q);
                    if (c.adjective() == null) {
                        throw new ModelException("adjective", "country " + c.code() + " (" + c.name() + ") has no"
                                + " adjective, which {country.adjective} in the answer to question " + q.number()
                                + " of " + inquiry.id() + " needs; add adjective: to the country in the dataset");
                    }
                    return c.adjective();
                }
                case COUNTRY_NAMES:
                    return names(codes.stream().map(code -> countries().containsKey(code)
                            ? countries().get(code).name() : code).toList());
                case PERIOD_FROM:
                    return String.valueOf(inquiry.fromYear());
                case PERIOD_TO:
                    return String.valueOf(inquiry.toYear());
                default:
                    return values.computeIfAbsent(p, this::data);
            }
        }

        /** A data placeholder's value for the inquiry's countries and period; notes when there is no data. */
        private String data(Placeholder p) {
            switch (p) {
                case SETTLEMENTS_COMPANIES: {
                    List<de.nrw.coop.model.Settlement> s = store.settlements(filter);
                    return count(p, s.size(), s.stream().mapToInt(de.nrw.coop.model.Settlement::companies).sum());
                }
                case FUNDING_TOTAL: {
                    List<FundingRow> rows = store.funding(filter);
                    if (rows.isEmpty()) {
                        empty.add(p);
                    }
                    return GermanFormat.euro(rows.stream().map(FundingRow::amount).reduce(BigDecimal.ZERO,
                            BigDecimal::add));
                }
                case FUNDING_PROJECTS: {
                    long n = store.funding(filter).stream().map(FundingRow::projectKey).distinct().count();
                    return count(p, (int) n, (int) n);
                }
                case ACTIVITIES_COUNT: {
                    int[] n = {0};
                    store.forEachActivity(filter, v -> n[0]++);
                    return count(p, n[0], n[0]);
                }
                case PROJECTS_COUNT: {
                    int n = store.projects(filter).size();
                    return count(p, n, n);
                }
                case AGREEMENTS_COUNT: {
                    int n = store.agreements(filter).size();
                    return count(p, n, n);
                }
                default:
                    throw new IllegalArgumentException("not a data placeholder: " + p);
            }
        }

        private String count(Placeholder p, int rows, int value) {
            if (rows == 0) {
                empty.add(p);
            }
            return GermanFormat.number(BigDecimal.valueOf(value));
        }

        private Country country(List<String> codes, Question q) {
            if (codes.size() != 1) {
                throw new ModelException("countries", "question " + q.number() + " of " + inquiry.id()
                        + " names one country in a template, but the inquiry has " + codes.size());
            }
            Country c = countries().get(codes.get(0));
            if (c == null) {
                throw new ModelException("countries", "country " + codes.get(0) + " of " + inquiry.id()
                        + " is not in the store");
            }
            return c;
        }

        private Map<String, Country> countries() {
            if (countries == null) {
                countries = store.countries().stream().collect(Collectors.toMap(Country::code, Function.identity()));
            }
            return countries;
        }

        /** "Südkorea", "Südkorea und Japan", "Südkorea, Japan und China". */
        static String names(List<String> names) {
            if (names.size() <= 1) {
                return String.join("", names);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
        }
    }
}
