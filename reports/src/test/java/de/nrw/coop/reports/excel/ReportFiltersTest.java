package de.nrw.coop.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.storage.query.ReportFilter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFiltersTest {
    private static final List<Country> COUNTRIES = List.of(Fixtures.KR, Fixtures.JP);
    private static final List<Department> DEPARTMENTS = List.of(Fixtures.IM, Fixtures.JM,
            new Department("MWIDE-17", "MWIDE", "Ministerium für Wirtschaft", LocalDate.of(2017, 6, 30), LocalDate.of(2022, 6, 28), List.of()),
            new Department("MWIKE-18", "MWIKE", "Ministerium für Wirtschaft, Industrie", LocalDate.of(2022, 6, 29), null, List.of()));

    @Test
    void resolvesCodesAndAbbreviationsInAnyCase() {
        ReportFilter filter = ReportFilters.resolve(List.of("kr", "JP"), List.of("mwide", "IM"), 2017, 2020, COUNTRIES, DEPARTMENTS);
        assertThat(filter).isEqualTo(new ReportFilter(List.of("KR", "JP"), List.of("MWIDE-17", "IM"), 2017, 2020));
        assertThat(ReportFilters.resolve(List.of(), List.of(), null, null, COUNTRIES, DEPARTMENTS)).isEqualTo(ReportFilter.all());
    }

    @Test
    void namesEveryProblemAndTheValidChoices() {
        assertThatThrownBy(() -> ReportFilters.resolve(List.of("XX", "KR"), List.of("FM"), 2021, 2017, COUNTRIES, DEPARTMENTS))
                .isInstanceOf(FilterException.class)
                .hasMessage("--from 2021 lies after --to 2017; unknown country 'XX'; valid: JP (Japan), KR (Südkorea);"
                        + " unknown department 'FM'; valid: IM, JM, MWIDE, MWIKE");
    }
}
