package de.nrw.coop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void countryCodesAreIsoAlpha2() {
        assertThat(new Country("KR", "Südkorea", "Asien").name()).isEqualTo("Südkorea");
        assertThatThrownBy(() -> new Country("kor", "Südkorea"))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("two upper-case letters");
    }

    @Test
    void partnersKeepTheirNativeScript() {
        Partner knpu = new Partner("knpu", "Korean National Police University", "경찰대학", "KR",
                Level.STAATLICH, PartnerKind.POLICE);
        assertThat(knpu.nativeName()).isEqualTo("경찰대학");
    }

    @Test
    void agreementRenewalsComeAfterSigningInOrder() {
        Agreement mou = new Agreement("mou", "Memorandum of Understanding", "MoU IM – KNPU", "IM", List.of("knpu"),
                LocalDate.of(2014, 9, 15), List.of(LocalDate.of(2018, 5, 15)), null, List.of("Ausbildung"));
        assertThat(mou.inForceIn(2014)).isTrue();
        assertThat(mou.inForceIn(2013)).isFalse();
        assertThatThrownBy(() -> new Agreement("mou", "MoU", "t", "IM", List.of("knpu"), LocalDate.of(2014, 9, 15),
                List.of(LocalDate.of(2014, 1, 1)), null, List.of()))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("renewal 2014-01-01 must come after 2014-09-15");
    }

    @Test
    void fundingIsEuroWithCentsAndNeverNegative() {
        assertThat(new Funding("p", 2019, new BigDecimal("12500"), null).amount()).isEqualByComparingTo("12500.00");
        assertThat(new Funding("p", 2019, new BigDecimal("12500"), null).amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> new Funding("p", 2019, new BigDecimal("-1"), null))
                .isInstanceOf(ModelException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new Funding("p", 2019, new BigDecimal("1.001"), null))
                .isInstanceOf(ModelException.class).hasMessageContaining("more than two decimal places");
    }

    @Test
    void settlementPeriodsRunForward() {
        assertThat(new Settlement("KR", 2017, 2020, 16, "NRW.INVEST").singleYear()).isFalse();
        assertThatThrownBy(() -> new Settlement("KR", 2020, 2017, 16, null))
                .isInstanceOf(ModelException.class).hasMessageContaining("ends before it starts");
    }

    @Test
    void keysAreSafeIdentifiers() {
        assertThatThrownBy(() -> new Partner("knpu university", "x", null, "KR", Level.STAATLICH, PartnerKind.POLICE))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("'knpu university' must start with a letter or digit");
    }
}
