package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.testing.TestStores;
import java.time.LocalDate;
import java.util.List;

/**
 * Inquiries for the answer tests: the demo inquiry 17/4514 as the store returns it after importing
 * the demo dataset (the real answer of the reference), and variants of it built in memory.
 */
final class Inquiries {
    private static Inquiry demo;

    private Inquiries() {}

    /** The demo inquiry, read once from a fresh H2 store holding the demo dataset. */
    static synchronized Inquiry kleineAnfrage4514() {
        if (demo == null) {
            try (CoopStore store = demoStore()) {
                demo = store.inquiry(InquiryId.parse("17/4514")).orElseThrow();
            }
        }
        return demo;
    }

    /** A fresh H2 store with the demo dataset imported; close it. */
    static CoopStore demoStore() {
        return demoStore(de.nrw.coop.storage.testing.Backend.H2);
    }

    /** A fresh store on the given database with the demo dataset imported; close it. */
    static CoopStore demoStore(de.nrw.coop.storage.testing.Backend backend) {
        CoopStore store = backend.open();
        store.importFiles(DemoData.sources());
        return store;
    }

    static Builder builder() {
        return new Builder(kleineAnfrage4514());
    }

    static AnswerBlock.Paragraph p(String text) {
        return new AnswerBlock.Paragraph(text);
    }

    /** The demo inquiry, with every part replaceable for variants. */
    static final class Builder {
        InquiryId id;
        Drucksache answerDrucksache;
        LocalDate answerDate;
        LocalDate issued;
        LocalDate letterDate;
        List<Requester> requesters;
        String title;
        List<String> preface;
        List<Footnote> footnotes;
        List<String> governmentPreface;
        String concurrence;
        List<Question> questions;
        InquiryKind kind;
        private final Inquiry base;

        Builder(Inquiry base) {
            this.base = base;
            id = base.id();
            answerDrucksache = base.answerDrucksache();
            answerDate = base.answerDate();
            issued = base.issued();
            letterDate = base.letterDate();
            requesters = base.requesters();
            title = base.title();
            preface = base.preface();
            footnotes = base.footnotes();
            governmentPreface = base.governmentPreface();
            concurrence = base.concurrence();
            questions = base.questions();
            kind = base.kind();
        }

        Builder draft() {
            answerDrucksache = null;
            answerDate = null;
            issued = null;
            return this;
        }

        Inquiry build() {
            return new Inquiry(id, base.questionDrucksache(), answerDrucksache, base.asked(), base.received(),
                    letterDate, answerDate, issued, requesters, title, base.countryCodes(), base.fromYear(),
                    base.toYear(), preface, footnotes, base.minister(), concurrence, governmentPreface, questions,
                    kind);
        }
    }
}
