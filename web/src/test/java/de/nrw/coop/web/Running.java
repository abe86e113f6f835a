package de.nrw.coop.web;

import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.testing.Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portal on a free loopback port over a fresh store holding the demo (17/4514, answered) and a
 * draft (17/4999, received 22.10.2020, due 19.11.2020), on a clock standing at 25.11.2020, so
 * 17/4999 is overdue. Close it after the test.
 */
final class Running implements AutoCloseable {
    /** 25 November 2020, noon in Düsseldorf. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-11-25T11:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final String DRAFT = "/datasets/draft-inquiry.yaml";
    static final String BROKEN = "/datasets/broken.yaml";

    final CoopStore store;
    final Portal portal;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String csrfCookie;
    private String authorization;

    private Running(CoopStore store, Portal portal) {
        this.store = store;
        this.portal = portal;
    }

    static Running start(Backend backend, PortalConfig config) {
        CoopStore store = backend.open();
        try {
            store.importFiles(List.of(DemoData.sources().get(0), resource(DRAFT)));
            return new Running(store, Portal.start(store, config, CLOCK));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Readers on this machine only, no sign-in. */
    static Running local(Backend backend) {
        return start(backend, PortalConfig.local(0));
    }

    /**
     * Records a Ressortabfrage for 17/4999 as {@code coop inquiry request} and {@code coop import
     * FORM.docx} would: question 1 asked of IM (due 12.11.2020, missing, so overdue on the clock's
     * day) and JM (returned, with a footnote), question 2 of MBEI (due 01.12.2020, still open).
     */
    Running contributions() {
        InquiryId id = new InquiryId(17, 4999);
        Instant asked = Instant.parse("2020-11-05T09:30:00Z");
        store.recordRequests(List.of(
                new ContributionRequest(id, "IM-17", 1, LocalDate.of(2020, 11, 12), "MBEI-17", asked),
                new ContributionRequest(id, "JM-17", 1, LocalDate.of(2020, 11, 12), "MBEI-17", asked),
                new ContributionRequest(id, "MBEI-17", 2, LocalDate.of(2020, 12, 1), "MBEI-17", asked)),
                "Ressortabfrage an IM, JM, MBEI", "anna");
        store.storeContributions(List.of(new Contribution(id, "JM-17", 1,
                List.of("Im Januar 2019 besuchten drei Richter „des Obersten Gerichts“ das JM.[^1]",
                        "Weitere Besuche sind nicht bekannt."),
                List.of(new Footnote(1, "Quelle: JM, Referat III 4.")), Instant.parse("2020-11-10T14:15:00Z"))),
                "Beitrag JM eingegangen", "anna");
        return this;
    }

    static DatasetSource resource(String name) {
        return DatasetSource.resource(Running.class, name);
    }

    static byte[] bytes(String resource) {
        try (var in = Running.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A credentials file with a reader "carla" (password "lesen") and a staff member "anna" ("Geheim-123"). */
    static Credentials credentials(Path dir) throws IOException {
        Path file = dir.resolve("users.txt");
        Files.writeString(file, "# test users\n"
                + "carla:reader:" + Credentials.hash("lesen".toCharArray()) + "\n"
                + "anna:staff:" + Credentials.hash("Geheim-123".toCharArray()) + "\n");
        return Credentials.load(file, true);
    }

    Running as(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + portal.port() + path;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (csrfCookie != null) {
            b.header("Cookie", "coop-csrf=" + csrfCookie);
        }
        return b;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = http.send(request, handler);
            response.headers().allValues("Set-Cookie").forEach(c -> {
                Matcher m = Pattern.compile("coop-csrf=([A-Za-z0-9_-]+)").matcher(c);
                if (m.find()) {
                    csrfCookie = m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the browser's cookie, fetched with a page first where there is none yet. */
    String csrf() {
        if (csrfCookie == null) {
            get("/daten");
        }
        return csrfCookie;
    }

    /** A multipart form post: fields, then files (name → bytes) in the field "dateien". */
    HttpResponse<String> post(String path, Map<String, List<String>> fields, Map<String, byte[]> files) {
        String boundary = "----coop" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(v -> parts.add(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v + "\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        files.forEach((name, content) -> {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dateien\"; filename=\"" + name
                    + "\"\r\nContent-Type: " + (name.endsWith(".xlsx")
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/yaml")
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            parts.add(content);
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(join(parts))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One body with a Content-Length, as browsers send a form. */
    private static byte[] join(List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    HttpResponse<String> postForm(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Values of the hidden inputs named so, in page order (HTML-unescaped). */
    static List<String> hidden(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        while (m.find()) {
            values.add(m.group(1).replace("&#43;", "+").replace("&#61;", "=").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return values;
    }

    @Override
    public void close() {
        try {
            portal.close();
        } finally {
            store.close();
        }
    }
}
