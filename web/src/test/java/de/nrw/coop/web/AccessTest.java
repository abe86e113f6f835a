package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.storage.testing.Backend;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
    @TempDir
    Path dir;

    private Running basic() throws IOException {
        return Running.start(Backend.H2, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.BASIC,
                Running.credentials(dir), null, List.of()));
    }

    @Test
    void basicAuthenticationAsksForCredentialsAndRefusesWrongOnes() throws IOException {
        try (Running portal = basic()) {
            HttpResponse<String> anonymous = portal.get("/");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"coop\", charset=\"UTF-8\"");
            assertThat(anonymous.body()).contains("Anmeldung erforderlich").doesNotContain("17/4514");
            assertThat(portal.as("carla", "falsch").get("/").statusCode()).isEqualTo(401);
            assertThat(portal.as("niemand", "lesen").get("/").statusCode()).isEqualTo(401);
            // even a download or a missing page needs the sign-in
            assertThat(portal.as("niemand", "x").download("/anfragen/17/4514/antwort.pdf").statusCode()).isEqualTo(401);
            HttpResponse<String> reader = portal.as("carla", "lesen").get("/");
            assertThat(reader.statusCode()).isEqualTo(200);
            assertThat(reader.body()).contains("Angemeldet als <strong>carla</strong> (Rolle reader)")
                    .doesNotContain("Ohne Anmeldung");
        }
    }

    @Test
    void readersReadAndDownloadButStaffActionsAnswer403() throws IOException {
        try (Running portal = basic()) {
            portal.as("carla", "lesen");
            assertThat(portal.download("/anfragen/17/4514/antwort.pdf").statusCode()).isEqualTo(200);
            String data = portal.get("/daten").body();
            assertThat(data).contains("vorbehalten").doesNotContain("action=\"/daten/pruefen\"");
            HttpResponse<String> upload = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("a.yaml", Running.bytes(Running.DRAFT)));
            assertThat(upload.statusCode()).isEqualTo(403);
            assertThat(upload.body()).contains("Rolle staff", "carla");
            HttpResponse<String> confirm = portal.post("/daten/importieren", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of());
            assertThat(confirm.statusCode()).isEqualTo(403);

            portal.as("anna", "Geheim-123");
            assertThat(portal.get("/daten").body()).contains("action=\"/daten/pruefen\"");
            assertThat(portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("a.yaml", Running.bytes(Running.DRAFT))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyPostNeedsTheTokenOfItsCookie() throws IOException {
        try (Running portal = basic()) {
            portal.as("anna", "Geheim-123");
            byte[] yaml = Running.bytes(Running.DRAFT);
            String token = portal.csrf();
            HttpResponse<String> none = portal.post("/daten/pruefen", Map.of(), Map.of("a.yaml", yaml));
            assertThat(none.statusCode()).isEqualTo(403);
            assertThat(none.body()).contains("Das Formular ist abgelaufen");
            HttpResponse<String> forged = portal.post("/daten/pruefen",
                    Map.of("_csrf", List.of("A".repeat(43))), Map.of("a.yaml", yaml));
            assertThat(forged.statusCode()).isEqualTo(403);
            HttpResponse<String> plainForm = portal.postForm("/daten/importieren", "name=a.yaml");
            assertThat(plainForm.statusCode()).isEqualTo(403);
            // a token without its cookie (another browser's page) is refused too
            HttpResponse<String> noCookie = portal.send(HttpRequest.newBuilder(URI.create(portal.url("/daten/importieren")))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("anna:Geheim-123".getBytes()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noCookie.statusCode()).isEqualTo(403);
            // that refusal's page gave this client a fresh cookie, as a browser would get one: its token works
            assertThat(portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())), Map.of("a.yaml", yaml))
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteStrict() {
        try (Running portal = Running.local(Backend.H2)) {
            HttpResponse<String> page = portal.get("/daten");
            assertThat(page.headers().allValues("Set-Cookie")).singleElement().satisfies(c -> assertThat(c)
                    .matches("coop-csrf=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict"));
        }
    }

    @Test
    void withoutSignInTheLocalMachineReadsAndStaffActionsAnswer403() {
        try (Running portal = Running.local(Backend.H2)) {
            assertThat(portal.get("/").statusCode()).isEqualTo(200);
            assertThat(portal.get("/daten").body()).contains("Ohne Anmeldung", "vorbehalten");
            HttpResponse<String> upload = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("a.yaml", Running.bytes(Running.DRAFT)));
            assertThat(upload.statusCode()).isEqualTo(403);
            assertThat(upload.body()).contains("Rolle staff");
        }
    }

    @Test
    void withoutSignInOtherMachinesAreRefused() throws Exception {
        Optional<InetAddress> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        Assumptions.assumeTrue(own.isPresent(), "no non-loopback address on this machine");
        try (Running portal = Running.start(Backend.H2, new PortalConfig("0.0.0.0", 0, PortalConfig.Auth.NONE, null,
                null, List.of()))) {
            HttpResponse<String> remote = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://" + own.get().getHostAddress() + ":" + portal.portal.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(remote.statusCode()).isEqualTo(403);
            assertThat(remote.body()).contains("nur Anfragen von diesem Rechner").doesNotContain("17/4514");
            assertThat(portal.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theProxysUserHeaderCountsOnlyFromTheTrustedProxy() throws IOException {
        Path roles = dir.resolve("roles.txt");
        Files.writeString(roles, "anna:staff\n");
        Credentials credentials = Credentials.load(roles, false);
        try (Running trusted = Running.start(Backend.H2, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.PROXY,
                credentials, "X-Remote-User", List.of("127.0.0.1")))) {
            HttpResponse<String> anna = trusted.send(trusted.request("/daten").header("X-Remote-User", "anna").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anna.statusCode()).isEqualTo(200);
            assertThat(anna.body()).contains("Angemeldet als <strong>anna</strong> (Rolle staff)", "action=\"/daten/pruefen\"");
            HttpResponse<String> bob = trusted.send(trusted.request("/").header("X-Remote-User", "bob").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bob.body()).contains("Angemeldet als <strong>bob</strong> (Rolle reader)");
            // behind the proxy's TLS the CSRF cookie is marked Secure (a fresh browser, no cookie yet)
            HttpResponse<String> tls = trusted.send(HttpRequest.newBuilder(URI.create(trusted.url("/daten")))
                    .header("X-Remote-User", "bob").header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tls.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).endsWith("; Secure"));
            HttpResponse<String> nobody = trusted.get("/");
            assertThat(nobody.statusCode()).isEqualTo(403);
        }
        try (Running elsewhere = Running.start(Backend.H2, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.PROXY,
                credentials, "X-Remote-User", List.of("10.9.9.9")))) {
            HttpResponse<String> spoofed = elsewhere.send(elsewhere.request("/").header("X-Remote-User", "anna").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(spoofed.statusCode()).isEqualTo(403);
            assertThat(spoofed.body()).contains("nur über den Anmelde-Proxy").doesNotContain("anna");
        }
    }

    @Test
    void aConfigurationThatWouldTrustAnybodyIsRefused() {
        assertThatThrownBy(() -> new PortalConfig("127.0.0.1", 8080, PortalConfig.Auth.PROXY, null, null, List.of()))
                .isInstanceOf(PortalException.class).hasMessageContaining("--trusted-proxy");
        assertThatThrownBy(() -> new PortalConfig("127.0.0.1", 8080, PortalConfig.Auth.BASIC, null, null, List.of()))
                .isInstanceOf(PortalException.class).hasMessageContaining("--credentials");
        assertThatThrownBy(() -> new PortalConfig("127.0.0.1", 8080, PortalConfig.Auth.NONE, null, null, List.of(), 0))
                .isInstanceOf(PortalException.class).hasMessageContaining("--builds 0 must be at least 1");
        assertThatThrownBy(() -> Running.start(Backend.H2, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.PROXY,
                null, null, List.of("proxy.example.org")))).isInstanceOf(PortalException.class)
                .hasMessageContaining("'proxy.example.org' is not an IP address");
    }

    @Test
    void aSecondPortalOnATakenPortSaysSo() {
        try (Running first = Running.local(Backend.H2)) {
            assertThatThrownBy(() -> Portal.start(first.store, PortalConfig.local(first.portal.port()), Running.CLOCK))
                    .isInstanceOf(PortalException.class).hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.portal.port());
        }
    }
}
