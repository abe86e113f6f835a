package de.nrw.coop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InquiryKindTest {

    @Test
    void aKleineAnfrageIsDueInFourWeeksAGrosseInThreeMonths() {
        LocalDate received = LocalDate.of(2020, 10, 6);
        assertThat(InquiryKind.KLEINE.dueDate(received)).isEqualTo(LocalDate.of(2020, 11, 3));
        assertThat(InquiryKind.GROSSE.dueDate(received)).isEqualTo(LocalDate.of(2021, 1, 6));
        // a month without the day: the last day of the shorter month
        assertThat(InquiryKind.GROSSE.dueDate(LocalDate.of(2020, 11, 30))).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void namesItselfInNominativeAndGenitive() {
        assertThat(InquiryKind.GROSSE.label()).isEqualTo("Große Anfrage");
        assertThat(InquiryKind.GROSSE.genitive()).isEqualTo("Großen Anfrage");
        assertThat(InquiryKind.KLEINE.genitive()).isEqualTo("Kleinen Anfrage");
    }

    @Test
    void parsesTheDatasetForm() {
        assertThat(InquiryKind.parse("grosse")).isEqualTo(InquiryKind.GROSSE);
        assertThat(InquiryKind.parse(" Kleine ")).isEqualTo(InquiryKind.KLEINE);
        assertThatThrownBy(() -> InquiryKind.parse("mittlere"))
                .isInstanceOf(ModelException.class)
                .hasMessage("'mittlere' is not an inquiry kind; expected kleine or grosse");
    }
}
