package de.nrw.coop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesEachPrecision() {
        assertThat(PartialDate.parse("2017").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2019-01").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2018-05-15").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("2019-01").iso()).isEqualTo("2019-01");
    }

    @Test
    void speaksGermanWithThePrepositionOfItsPrecision() {
        assertThat(PartialDate.parse("2017").german()).isEqualTo("im Jahr 2017");
        assertThat(PartialDate.parse("2019-01").german()).isEqualTo("im Januar 2019");
        assertThat(PartialDate.parse("2018-03-15").german()).isEqualTo("am 15. März 2018");
    }

    @Test
    void rejectsImpossibleDatesNamingWhatWasExpected() {
        assertThatThrownBy(() -> PartialDate.parse("2019-13-01"))
                .isInstanceOf(ModelException.class)
                .hasMessage("'2019-13-01' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("2019-02-30")).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> new PartialDate(2019, null, 3))
                .isInstanceOf(ModelException.class).hasMessage("a day needs a month");
    }

    @Test
    void sortsByFirstDayThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2019-01-15"),
                PartialDate.parse("2019-01"), PartialDate.parse("2018-12-31"), PartialDate.parse("2019")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::iso).containsExactly("2018-12-31", "2019", "2019-01", "2019-01-15");
    }

    @Test
    void spansTheDaysItMayStandFor() {
        assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.parse("2017").firstDay()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(PartialDate.parse("2017").lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
    }
}
