package de.nrw.coop.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void theSinkGetsEveryCallInOrderOnTheCallingThread() {
        Recording sink = new Recording();
        ReadAhead.run(s -> {
            for (int i = 0; i < 10_000; i++) {
                s.startFile("f" + i);
                s.country(new Country("K" + (char) ('A' + i % 26), "Land " + i), new Origin("f" + i, i, 1, "c"));
                s.problem(new Problem("f" + i, i, 2, "p", "problem " + i));
                s.endFile("f" + i, "d" + i);
            }
        }, sink);
        assertThat(sink.events).hasSize(40_000);
        for (int i = 0; i < 10_000; i += 101) {
            assertThat(sink.events.subList(4 * i, 4 * i + 4)).containsExactly("start f" + i,
                    "country K" + (char) ('A' + i % 26) + " f" + i + ":" + i, "problem problem " + i, "end f" + i + " d" + i);
        }
        assertThat(sink.threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void aReaderFailureReachesTheCallerAfterEverythingReadBeforeIt() {
        Recording sink = new Recording();
        IllegalArgumentException failure = new IllegalArgumentException("broken reader");
        assertThatThrownBy(() -> ReadAhead.run(s -> {
            for (int i = 0; i < 1000; i++) {
                s.startFile("f" + i);
            }
            throw failure;
        }, sink)).isSameAs(failure);
        assertThat(sink.events).hasSize(1000).endsWith("start f999");
    }

    @Test
    void aSinkFailureStopsTheReader() {
        AtomicInteger delivered = new AtomicInteger();
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        Recording sink = new Recording() {
            @Override
            public void startFile(String name) {
                if (name.equals("f500")) {
                    throw new IllegalStateException("cannot write");
                }
                super.startFile(name);
            }
        };
        assertThatThrownBy(() -> ReadAhead.run(s -> {
            readerThread.set(Thread.currentThread());
            for (int i = 0; i < 10_000_000; i++) {
                s.startFile("f" + i);
                delivered.incrementAndGet();
            }
        }, sink)).isInstanceOf(IllegalStateException.class).hasMessage("cannot write");
        assertThat(readerThread.get().isAlive()).isFalse();
        assertThat(delivered.get()).isLessThan(10_000_000);
        assertThat(sink.events).hasSize(500);
    }

    /** Collects the calls as text, with the threads they arrived on. */
    private static class Recording implements DatasetSink {
        final List<String> events = new ArrayList<>();
        final List<String> threads = new ArrayList<>();

        private void add(String event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void startFile(String name) {
            add("start " + name);
        }

        @Override
        public void country(Country country, Origin origin) {
            add("country " + country.code() + " " + origin.file() + ":" + origin.line());
        }

        @Override
        public void department(Department department, Origin origin) {
            add("department " + department.key());
        }

        @Override
        public void partner(Partner partner, Origin origin) {
            add("partner " + partner.key());
        }

        @Override
        public void agreement(Agreement agreement, Origin origin) {
            add("agreement " + agreement.key());
        }

        @Override
        public void project(Project project, Origin origin) {
            add("project " + project.key());
        }

        @Override
        public void activity(Activity activity, Origin origin) {
            add("activity " + activity.key());
        }

        @Override
        public void funding(Funding funding, Origin origin) {
            add("funding " + funding.projectKey());
        }

        @Override
        public void settlement(Settlement settlement, Origin origin) {
            add("settlement " + settlement.countryCode());
        }

        @Override
        public void keyFigure(KeyFigure keyFigure, Origin origin) {
            add("keyFigure " + keyFigure.key());
        }

        @Override
        public void inquiry(Inquiry inquiry, Origin origin) {
            add("inquiry " + inquiry.id());
        }

        @Override
        public void reference(Reference reference) {
            add("reference " + reference.targetKey());
        }

        @Override
        public void problem(Problem problem) {
            add("problem " + problem.message());
        }

        @Override
        public void endFile(String name, String sha256) {
            add("end " + name + " " + sha256);
        }
    }
}
