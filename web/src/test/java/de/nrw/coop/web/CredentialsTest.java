package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void aHashedPasswordSignsInItsUserWithTheRoleAndNothingElseDoes() throws IOException {
        String hash = Credentials.hash("Grüße-aus-Düsseldorf".toCharArray());
        assertThat(hash).startsWith("$2a$12$").hasSize(60);
        Path file = write("# Referat\n\nmüller:staff:" + hash + "\n");
        Credentials c = Credentials.load(file, true);

        assertThat(c.authenticate("müller", "Grüße-aus-Düsseldorf")).contains(Role.STAFF);
        // the second time comes from the verified cache, with the same answer
        assertThat(c.authenticate("müller", "Grüße-aus-Düsseldorf")).contains(Role.STAFF);
        assertThat(c.authenticate("müller", "grüße-aus-düsseldorf")).isEmpty();
        assertThat(c.authenticate("mueller", "Grüße-aus-Düsseldorf")).isEmpty();
        assertThat(c.roleOf("müller")).contains(Role.STAFF);
    }

    @Test
    void faultyLinesAreRefusedWithFileAndLine() throws IOException {
        String hash = Credentials.hash("x".toCharArray());
        assertThatThrownBy(() -> Credentials.load(write("anna:admin:" + hash), true))
                .isInstanceOf(CredentialsException.class).hasMessageEndingWith("users.txt:1: role 'admin' of user anna is neither reader nor staff");
        assertThatThrownBy(() -> Credentials.load(write("# x\nanna:staff:geheim"), true))
                .hasMessageContaining("users.txt:2: the hash of user anna is not a bcrypt hash");
        assertThatThrownBy(() -> Credentials.load(write("anna:staff"), true))
                .hasMessageContaining("users.txt:1: user anna has no password hash");
        assertThatThrownBy(() -> Credentials.load(write("anna:staff:" + hash + "\nanna:reader:" + hash), true))
                .hasMessageContaining("users.txt:2: user anna is listed twice");
        assertThatThrownBy(() -> Credentials.load(write("anna"), true))
                .hasMessageContaining("users.txt:1: expected name:role:hash");
        assertThatThrownBy(() -> Credentials.load(write("# nobody\n"), true)).hasMessageContaining("lists no user");
        assertThatThrownBy(() -> Credentials.load(dir.resolve("missing.txt"), true))
                .hasMessageContaining("missing.txt: cannot read");
        assertThat(Credentials.load(write("anna:staff\nbob:reader:-"), false).roleOf("bob")).contains(Role.READER);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("users.txt"), text);
    }
}
