package de.nrw.coop.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void theNewestVersionIsTheNewestMigrationFileOfTheModuleSqlOrJava() throws IOException {
        List<Integer> newest;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/db/migration")))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9._]+__.*\\.(sql|java)"))
                    .map(n -> SchemaVersion.parse(n.substring(1, n.indexOf("__"))))
                    .max(Comparator.comparing((List<Integer> v) -> v.get(0))
                            .thenComparing(v -> v.size() > 1 ? v.get(1) : 0))
                    .orElseThrow();
        }

        assertThat(SchemaVersion.latest()).isEqualTo(newest);
    }

    @Test
    void versionsParseAsFlywayWritesThem() {
        assertThat(SchemaVersion.parse("5.1")).containsExactly(5, 1);
        assertThat(SchemaVersion.parse("5_1")).containsExactly(5, 1);
        assertThat(SchemaVersion.parse("12")).containsExactly(12);
    }
}
