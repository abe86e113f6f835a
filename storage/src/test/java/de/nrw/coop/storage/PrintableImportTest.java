package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A character no font of the PDFs prints is refused at import, with its name and script. */
class PrintableImportTest {

    private static final String GOOD = """
            countries:
              - code: CN
                name: China
              - code: JP
                name: Japan
            partners:
              - key: pku
                name: Universität Peking
                nativeName: 北京大学
                country: CN
                level: staatlich
                kind: university
              - key: tokio
                name: Tokio
                nativeName: 東京 (とうきょう)
                country: JP
                level: staatlich
                kind: government
              - key: athen
                name: Πανεπιστήμιο Αθηνών, Łódź, İstanbul Şişli, Brno Řeka, Timișoara, Москва
                country: JP
                level: staatlich
                kind: university
            """;

    private static final String BAD = """
            countries:
              - code: EG
                name: Ägypten
            partners:
              - key: kairo
                name: Universität Kairo
                nativeName: جامعة القاهرة
                country: EG
                level: staatlich
                kind: university
              - key: emoji
                name: Partner 😀 mit Emoji
                country: EG
                level: staatlich
                kind: company
            """;

    private static DatasetSource yaml(String name, String text) {
        return new DatasetSource(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void chineseJapaneseGreekAndEuropeanDiacriticsAreImported(Backend backend) {
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml("good.yaml", GOOD)));
            assertThat(Snapshot.of(store).data().toString()).contains("北京大学", "東京 (とうきょう)", "Αθηνών", "Łódź",
                    "İstanbul Şişli", "Řeka", "Timișoara", "Москва");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void arabicAndEmojiAreRefusedNamingCharacterScriptAndPlace(Backend backend) {
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml("good.yaml", GOOD)));
            Snapshot before = Snapshot.of(store);

            DatasetException e = catchThrowableOfType(DatasetException.class,
                    () -> store.importFiles(List.of(yaml("bad.yaml", BAD))));

            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                    "bad.yaml:7:17: partners[0].nativeName: U+062C ARABIC LETTER JEEM (script ARABIC) cannot be"
                            + " printed: no font of the PDFs has it (nor 8 more characters of this text); the"
                            + " supported scripts are listed in docs/dataset-format.md",
                    "bad.yaml:12:11: partners[1].name: U+1F600 GRINNING FACE (script COMMON) cannot be printed:"
                            + " no font of the PDFs has it; the supported scripts are listed in docs/dataset-format.md");
            assertThat(Snapshot.of(store)).isEqualTo(before);
        }
    }
}
