package de.nrw.coop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of {@link PortalBenchmark}, in a process of its own: sends COUNT download
 * requests at once (one thread each, all released together) to loopback URLs, reads every body
 * to its end and checks status and length. Bounded: each request has a timeout, the whole run a
 * deadline; whatever has not finished by then counts as failed. Prints one RESULT line.
 *
 * <p>Arguments: BASE_URL COUNT DEADLINE_SECONDS PATH...
 */
public final class PortalLoad {
    private PortalLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int count = Integer.parseInt(args[1]);
        long deadline = Long.parseLong(args[2]);
        List<String> paths = List.of(args).subList(3, args.length);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newFixedThreadPool(8)).build();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            String path = paths.get(i % paths.size());
            pool.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                    long t0 = System.nanoTime();
                    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(deadline)).build(), HttpResponse.BodyHandlers.ofInputStream());
                    long n = 0;
                    try (InputStream in = r.body()) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int k; (k = in.read(buffer)) > 0; ) {
                            n += k;
                        }
                    }
                    long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                    if (r.statusCode() != 200 || n != length || n == 0) {
                        failed.incrementAndGet();
                        failures.add(path + ": status " + r.statusCode() + ", " + n + " of " + length + " bytes");
                    } else {
                        latencies.add(System.nanoTime() - t0);
                        bytes.addAndGet(n);
                    }
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    failures.add(path + ": " + e);
                } catch (InterruptedException e) {
                    failed.incrementAndGet();
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        boolean finished = pool.awaitTermination(deadline, TimeUnit.SECONDS);
        long wall = System.nanoTime() - start;
        if (!finished) {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int ok = sorted.size();
        int notDone = count - ok - failed.get();
        failures.stream().limit(5).forEach(f -> System.out.println("FAILED " + f));
        System.out.printf("RESULT ok=%d failed=%d unfinished=%d bytes=%d wall_ms=%d p50_ms=%d p95_ms=%d max_ms=%d%n",
                ok, failed.get(), notDone, bytes.get(), wall / 1_000_000, percentile(sorted, 50), percentile(sorted, 95),
                ok == 0 ? 0 : sorted.get(ok - 1) / 1_000_000);
        System.exit(0);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }
}
