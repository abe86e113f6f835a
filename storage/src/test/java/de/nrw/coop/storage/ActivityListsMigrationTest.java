package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Activity;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import de.nrw.coop.storage.testing.Backend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema version 9 keeps an activity's lists in its row: a store written before it (lists in
 * child rows, one per key and position) reads the same afterwards, lists in their positions.
 */
class ActivityListsMigrationTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void activitiesStoredWithChildRowsKeepTheirListsInOrder(Backend backend) throws Exception {
        StoreConfig config = backend.config();
        String user = config.user() == null ? "" : config.user();
        // the schema as it was before version 9
        var flyway = Flyway.configure().dataSource(config.url(), user, "").locations("classpath:db/migration");
        MigrationVersion before = java.util.Arrays.stream(flyway.load().info().all())
                .map(m -> m.getVersion()).filter(v -> v.compareTo(MigrationVersion.fromVersion("9")) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        flyway.target(before).load().migrate();
        try (Connection c = DriverManager.getConnection(config.url(), user, ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO country (country_code, name) VALUES ('KR', 'Südkorea')");
            s.execute("INSERT INTO department (department_key, abbreviation, name) VALUES ('IM-17', 'IM', 'Innen'),"
                    + " ('JM-17', 'JM', 'Justiz')");
            s.execute("INSERT INTO partner (partner_key, name, native_name, country_code, level_code, kind_code)"
                    + " VALUES ('knpu', 'Korean National Police University', '경찰대학', 'KR', 'STAATLICH', 'POLICE'),"
                    + " ('lg-duisburg', 'Landgericht Duisburg', NULL, 'DE', 'STAATLICH', 'COURT')");
            s.execute("INSERT INTO activity (activity_key, kind_code, date_year, date_month, date_day, sort_day,"
                    + " date_precision, country_code, direction) VALUES"
                    + " ('kr-a', 'VISIT', 2019, NULL, NULL, DATE '2019-01-01', 0, 'KR', 'TO_NRW'),"
                    + " ('kr-b', 'VISIT', 2019, 3, NULL, DATE '2019-03-01', 1, 'KR', 'FROM_NRW'),"
                    + " ('kr-c', 'EVENT', 2020, 5, 2, DATE '2020-05-02', 2, 'KR', 'TO_NRW')");
            // positions inserted out of order: the lists follow pos, not the order of the rows
            s.execute("INSERT INTO activity_host_department (activity_key, pos, department_key) VALUES"
                    + " ('kr-a', 1, 'IM-17'), ('kr-a', 0, 'JM-17'), ('kr-b', 0, 'IM-17')");
            s.execute("INSERT INTO activity_host_partner (activity_key, pos, partner_key) VALUES"
                    + " ('kr-a', 0, 'lg-duisburg')");
            s.execute("INSERT INTO activity_partner (activity_key, pos, partner_key) VALUES"
                    + " ('kr-a', 0, 'knpu'), ('kr-c', 1, 'lg-duisburg'), ('kr-c', 0, 'knpu')");
        }

        try (CoopStore store = CoopStore.open(config)) {
            List<ActivityView> views = new ArrayList<>();
            store.forEachActivity(ReportFilter.all(), views::add);

            assertThat(views).extracting(ActivityView::activity).extracting(Activity::key)
                    .containsExactly("kr-a", "kr-b", "kr-c");
            Activity a = views.get(0).activity();
            assertThat(a.hostDepartmentKeys()).containsExactly("JM-17", "IM-17");
            assertThat(a.hostPartnerKeys()).containsExactly("lg-duisburg");
            assertThat(a.partnerKeys()).containsExactly("knpu");
            assertThat(views.get(0).hostNames()).containsExactly("JM", "IM", "Landgericht Duisburg");
            assertThat(views.get(1).activity().hostDepartmentKeys()).containsExactly("IM-17");
            assertThat(views.get(1).activity().partnerKeys()).isEmpty();
            assertThat(views.get(2).activity().hostDepartmentKeys()).isEmpty();
            assertThat(views.get(2).activity().partnerKeys()).containsExactly("knpu", "lg-duisburg");
            assertThat(views.get(2).partnerNames())
                    .containsExactly("Korean National Police University (경찰대학)", "Landgericht Duisburg");

            // the department filter reads the lists in the row too
            ReportFilter justice = new ReportFilter(List.of(), List.of("JM-17"), null, null);
            List<String> keys = new ArrayList<>();
            store.forEachActivity(justice, v -> keys.add(v.activity().key()));
            assertThat(keys).containsExactly("kr-a");
            ReportFilter both = new ReportFilter(List.of(), List.of("JM-17", "IM-17"), null, null);
            assertThat(store.visitsPerYear(both)).extracting(VisitCount::count).containsExactly(1, 1);
        }
        try (Connection c = DriverManager.getConnection(config.url(), user, "");
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(tables).contains("activity")
                    .doesNotContain("activity_host_department", "activity_host_partner", "activity_partner");
        }
    }
}
