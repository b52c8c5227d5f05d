package org.lvzhi.bootstrap.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A fixed arrival rate of GET requests (an open model): request {@code i} leaves at {@code i / rate} seconds on a
 * virtual thread of its own, whether or not the ones before it have been answered, so a slow answer never slows the
 * arrivals; each latency runs from the planned moment, so time a request waited to leave counts against it too.
 */
final class OpenLoad {

    /** What to ask: a path under the server and the bearer token to ask with. */
    record Request(String path, String token) {
    }

    /** Latencies in milliseconds; errors are answers other than 200 and requests that failed. */
    record Outcome(int rate, int seconds, double[] millis, int errors, double loadBefore, double loadAfter) {

        double p(double share) {
            return millis[Math.max(0, (int) Math.ceil(share * millis.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%n### Mixed reads at a fixed rate%n%n| rate/s | seconds | requests | p50 ms | p90 ms | p99 ms "
                    + "| p99.9 ms | max ms | errors | load average before → after |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|%n"
                    + "| %d | %d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %.2f → %.2f |%n", rate, seconds, millis.length, p(0.5),
                    p(0.9), p(0.99), p(0.999), millis[millis.length - 1], errors, loadBefore, loadAfter);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI server;

    OpenLoad(URI server) {
        this.server = server;
    }

    Outcome run(int rate, int seconds, IntFunction<Request> requests) {
        int total = rate * seconds;
        double[] millis = new double[total];
        AtomicInteger errors = new AtomicInteger();
        long period = 1_000_000_000L / rate;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long planned = start + i * period;
                LockSupport.parkNanos(planned - System.nanoTime());
                Request request = requests.apply(i);
                int index = i;
                threads.execute(() -> {
                    if (!answered(request)) {
                        errors.incrementAndGet();
                    }
                    millis[index] = (System.nanoTime() - planned) / 1e6;
                });
            }
        }
        Arrays.sort(millis);
        return new Outcome(rate, seconds, millis, errors.get(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private boolean answered(Request request) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.resolve(request.path()))
                    .header("Authorization", "Bearer " + request.token()).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
