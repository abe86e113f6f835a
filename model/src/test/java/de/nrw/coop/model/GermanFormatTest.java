package de.nrw.coop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GermanFormatTest {

    @Test
    void formatsDatesAsTheLandtagDoes() {
        LocalDate day = LocalDate.of(2020, 11, 9);
        assertThat(GermanFormat.shortDate(day)).isEqualTo("09.11.2020");
        assertThat(GermanFormat.longDate(day)).isEqualTo("9. November 2020");
    }

    @Test
    void formatsNumbersAndMoneyTheGermanWay() {
        assertThat(GermanFormat.number(new BigDecimal("7500"))).isEqualTo("7.500");
        assertThat(GermanFormat.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(GermanFormat.euro(new BigDecimal("1234.56"))).isEqualTo("1.234,56 €");
        assertThat(GermanFormat.euro(new BigDecimal("0"))).isEqualTo("0,00 €");
    }
}
