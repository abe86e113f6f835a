package de.nrw.coop.storage.testing;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Model records arranged in "files", fed to the store's import the way the dataset reader does:
 * records with their places (record n of a file stands on line n), the references each record
 * makes, and a SHA-256 per file. Lets store tests import without writing YAML.
 *
 * <pre>{@code
 * Feed feed = new Feed().file("a.yaml").add(country).add(partner).file("b.yaml").add(activity);
 * feed.importInto(store);
 * }</pre>
 */
public final class Feed implements CoopStore.Reader {
    private final List<FileEntries> files = new ArrayList<>();

    private record Entry(Object record, List<Problem> problems) {}

    private static final class FileEntries {
        final String name;
        final List<Entry> entries = new ArrayList<>();

        FileEntries(String name) {
            this.name = name;
        }
    }

    /** Starts a new file; the following records go into it. */
    public Feed file(String name) {
        files.add(new FileEntries(name));
        return this;
    }

    /** Adds a record (Country, Department, Partner, Agreement, Project, Activity, Funding, Settlement, KeyFigure, Inquiry). */
    public Feed add(Object... records) {
        if (files.isEmpty()) {
            file("dataset.yaml");
        }
        for (Object r : records) {
            files.get(files.size() - 1).entries.add(new Entry(r, List.of()));
        }
        return this;
    }

    /** Adds a line that the "reader" found wrong: the problem is reported at the next line number. */
    public Feed problem(String path, String message) {
        if (files.isEmpty()) {
            file("dataset.yaml");
        }
        FileEntries f = files.get(files.size() - 1);
        f.entries.add(new Entry(null, List.of(new Problem(f.name, f.entries.size() + 1, 1, path, message))));
        return this;
    }

    /** The files as sources (their bytes: one line per record). */
    public List<DatasetSource> sources() {
        List<DatasetSource> sources = new ArrayList<>();
        for (FileEntries f : files) {
            byte[] bytes = text(f).getBytes(StandardCharsets.UTF_8);
            sources.add(new DatasetSource(f.name, () -> new ByteArrayInputStream(bytes)));
        }
        return sources;
    }

    /** Imports the feed's files into the store. */
    public ImportResult importInto(CoopStore store) {
        return store.importFiles(sources(), this);
    }

    @Override
    public void read(List<DatasetSource> sources, DatasetSink sink) {
        Map<String, FileEntries> byName = new HashMap<>();
        files.forEach(f -> byName.put(f.name, f));
        for (DatasetSource source : sources) {
            FileEntries f = byName.get(source.name());
            sink.startFile(f.name);
            Map<String, Integer> counters = new HashMap<>();
            for (int i = 0; i < f.entries.size(); i++) {
                Entry e = f.entries.get(i);
                e.problems().forEach(sink::problem);
                if (e.record() != null) {
                    int line = i + 1;
                    String list = listName(e.record());
                    int index = counters.merge(list, 1, Integer::sum) - 1;
                    feed(sink, e.record(), new Origin(f.name, line, 3, list + "[" + index + "]"));
                }
            }
            sink.endFile(f.name, sha256(text(f)));
        }
    }

    private static String text(FileEntries f) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : f.entries) {
            sb.append(e.record() != null ? e.record() : e.problems()).append('\n');
        }
        return sb.toString();
    }

    private static String listName(Object r) {
        if (r instanceof Country) {
            return "countries";
        } else if (r instanceof Department) {
            return "departments";
        } else if (r instanceof Partner) {
            return "partners";
        } else if (r instanceof Agreement) {
            return "agreements";
        } else if (r instanceof Project) {
            return "projects";
        } else if (r instanceof Activity) {
            return "activities";
        } else if (r instanceof Funding) {
            return "funding";
        } else if (r instanceof Settlement) {
            return "settlements";
        } else if (r instanceof KeyFigure) {
            return "keyFigures";
        } else if (r instanceof Inquiry) {
            return "inquiries";
        }
        throw new IllegalArgumentException("not a dataset record: " + r);
    }

    /** Passes the record and the references it makes, as the dataset reader does. */
    static void feed(DatasetSink sink, Object record, Origin o) {
        Refs refs = new Refs(sink, o);
        if (record instanceof Country c) {
            sink.country(c, o);
        } else if (record instanceof Department d) {
            sink.department(d, o);
        } else if (record instanceof Partner p) {
            sink.partner(p, o);
            refs.one("country", "partner '" + p.key() + "'", Reference.Kind.COUNTRY, p.countryCode());
        } else if (record instanceof Agreement a) {
            sink.agreement(a, o);
            String from = "agreement '" + a.key() + "'";
            refs.one("department", from, Reference.Kind.DEPARTMENT, a.departmentKey());
            refs.many("partners", from, Reference.Kind.PARTNER, a.partnerKeys());
        } else if (record instanceof Project p) {
            sink.project(p, o);
            String from = "project '" + p.key() + "'";
            refs.one("department", from, Reference.Kind.DEPARTMENT, p.leadDepartmentKey());
            refs.many("partners", from, Reference.Kind.PARTNER, p.partnerKeys());
            refs.one("agreement", from, Reference.Kind.AGREEMENT, p.agreementKey());
        } else if (record instanceof Activity a) {
            sink.activity(a, o);
            String from = "activity '" + a.key() + "'";
            refs.one("country", from, Reference.Kind.COUNTRY, a.countryCode());
            refs.many("hosts.departments", from, Reference.Kind.DEPARTMENT, a.hostDepartmentKeys());
            refs.many("hosts.partners", from, Reference.Kind.PARTNER, a.hostPartnerKeys());
            refs.many("partners", from, Reference.Kind.PARTNER, a.partnerKeys());
            refs.one("project", from, Reference.Kind.PROJECT, a.projectKey());
            refs.one("agreement", from, Reference.Kind.AGREEMENT, a.agreementKey());
        } else if (record instanceof Funding f) {
            sink.funding(f, o);
            refs.one("project", "funding of " + f.fundingYear(), Reference.Kind.PROJECT, f.projectKey());
        } else if (record instanceof Settlement s) {
            sink.settlement(s, o);
            refs.one("country", "settlement", Reference.Kind.COUNTRY, s.countryCode());
        } else if (record instanceof KeyFigure k) {
            sink.keyFigure(k, o);
            refs.one("country", "key figure '" + k.key() + "'", Reference.Kind.COUNTRY, k.countryCode());
        } else if (record instanceof Inquiry i) {
            sink.inquiry(i, o);
            String from = "inquiry '" + i.id() + "'";
            refs.many("countries", from, Reference.Kind.COUNTRY, i.countryCodes());
            for (Question q : i.questions()) {
                for (int b = 0; b < q.answer().size(); b++) {
                    if (q.answer().get(b) instanceof AnswerBlock.DataTable t) {
                        refs.many("questions[" + (q.number() - 1) + "].answer[" + b + "].countries", from,
                                Reference.Kind.COUNTRY, t.countryCodes());
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("not a dataset record: " + record);
        }
    }

    /** Emits references from one record, the referring field's line being the record's line. */
    private record Refs(DatasetSink sink, Origin o) {
        void one(String field, String from, Reference.Kind kind, String key) {
            if (key != null) {
                sink.reference(new Reference(o.file(), o.line(), o.column(), o.path() + "." + field, from, kind, key));
            }
        }

        void many(String field, String from, Reference.Kind kind, List<String> keys) {
            for (int i = 0; i < keys.size(); i++) {
                sink.reference(new Reference(o.file(), o.line(), o.column(), o.path() + "." + field + "[" + i + "]",
                        from, kind, keys.get(i)));
            }
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
