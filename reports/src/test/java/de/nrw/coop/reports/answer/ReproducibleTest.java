package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The same data renders the same bytes. */
class ReproducibleTest {

    @Test
    void twoPdfRendersAreByteIdentical() {
        byte[] first = Pdfs.render(Inquiries.kleineAnfrage4514());
        byte[] second = Pdfs.render(Inquiries.kleineAnfrage4514());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoDocxRendersAreByteIdenticalAndCarryNoClockTime() throws IOException {
        byte[] first = Pdfs.render(Inquiries.kleineAnfrage4514(), Map.of(), AnswerFormat.DOCX);
        byte[] second = Pdfs.render(Inquiries.kleineAnfrage4514(), Map.of(), AnswerFormat.DOCX);

        assertThat(second).isEqualTo(first);
        List<LocalDateTime> stamps = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                stamps.add(e.getTimeLocal());
            }
        }
        // every entry carries the date of the answer letter, not the time of the render
        assertThat(stamps).isNotEmpty().containsOnly(LocalDateTime.of(2020, 11, 9, 0, 0));
    }
}
