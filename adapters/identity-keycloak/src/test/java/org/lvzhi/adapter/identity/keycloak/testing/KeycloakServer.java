package org.lvzhi.adapter.identity.keycloak.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for integration tests: the {@code keycloak-quarkus-dist} zip from the local Maven repository,
 * unpacked once under {@code ~/.cache/lvzhi}, started in dev mode on 127.0.0.1:8180 with an empty database and the
 * {@code lvzhi} realm ({@code keycloak/lvzhi-realm.json}, a resource of this module) imported. No Docker, no network
 * beyond localhost. The identity-keycloak module's tests use it, and bootstrap's through the module's test-jar.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.4.5";
    public static final int PORT = 8180;
    public static final String REALM = "lvzhi";
    public static final String BASE_URL = "http://127.0.0.1:" + PORT;
    public static final String CLI_CLIENT = "lvzhi-cli";
    public static final String PROVISIONER_CLIENT = "lvzhi-provisioner";
    public static final String PROVISIONER_SECRET = "provisioner-secret";

    private static final String REALM_RESOURCE = "keycloak/lvzhi-realm.json";
    private static final Path JAVA_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Path HOME = Path.of(System.getProperty("user.home"));
    private static final Path DIST_ZIP = HOME.resolve(".m2/repository/org/keycloak/keycloak-quarkus-dist/" + VERSION
            + "/keycloak-quarkus-dist-" + VERSION + ".zip");
    private static final Path CACHE = HOME.resolve(".cache/lvzhi");
    private static final String UNPACKED_MARKER = ".lvzhi-unpacked";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(360);
    private static final Path PID_FILE = CACHE.resolve("keycloak.pid");

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final FileLock machineLock;
    private final Instant launched = Instant.now();
    private Duration startup;

    private KeycloakServer(Process process, Path log, FileLock machineLock) {
        this.process = process;
        this.log = log;
        this.machineLock = machineLock;
    }

    /**
     * Starts a fresh Keycloak (empty database, realm imported) and returns once the realm answers. Test runs of several
     * working copies on one machine share the port and the unpacked distribution, so each waits its turn for them.
     */
    public static KeycloakServer start() {
        FileLock machineLock = machineLock();
        try {
            stopOrphan();
            if (portInUse()) {
                throw new IllegalStateException("Port " + PORT + " is already in use: is another Keycloak still running?");
            }
            Path home = unpackedDistribution();
            prepareData(home);
            Path log = logFile();
            KeycloakServer server = new KeycloakServer(launch(home, log), log, machineLock);
            try {
                server.awaitRealm();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            return server;
        } catch (RuntimeException e) {
            release(machineLock);
            throw e;
        }
    }

    /**
     * A test JVM that was killed (a build cancelled, a fork timed out) never stopped its Keycloak, which keeps the port.
     * Whoever holds the machine lock owns the port, so a Keycloak recorded by an earlier holder is an orphan.
     */
    private static void stopOrphan() {
        try {
            if (Files.exists(PID_FILE)) {
                ProcessHandle.of(Long.parseLong(Files.readString(PID_FILE).strip()))
                        .filter(process -> process.info().commandLine().orElse("").contains(CACHE.toString()))
                        .ifPresent(KeycloakServer::destroyTree);
                Files.delete(PID_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void destroyTree(ProcessHandle root) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(process -> process.onExit().join());
    }

    private static FileLock machineLock() {
        try {
            Files.createDirectories(CACHE);
            FileChannel channel = FileChannel.open(CACHE.resolve("keycloak.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return channel.lock();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not take the Keycloak lock under " + CACHE, e);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return BASE_URL + "/realms/" + REALM;
    }

    /** The base of the realm's admin REST API, e.g. {@code adminUrl() + "/users"}. */
    public String adminUrl() {
        return BASE_URL + "/admin/realms/" + REALM;
    }

    /** How long the start took until the realm answered. */
    public Duration startup() {
        return startup;
    }

    public Path log() {
        return log;
    }

    /** An access token for a user, by the password grant of the public {@code lvzhi-cli} client. */
    public String passwordToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username, "password", password));
    }

    public String clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A token of the master realm's administrator (admin/admin, client admin-cli): another issuer, other keys. */
    public String masterAdminToken() {
        return token(BASE_URL + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    /** A token of the provisioner's service account, entitled to manage the realm's users and organization members. */
    public String adminToken() {
        return clientCredentialsToken(PROVISIONER_CLIENT, PROVISIONER_SECRET);
    }

    /** Calls the admin REST API as the provisioner; {@code path} is relative to {@link #adminUrl()}, body is JSON or null. */
    public HttpResponse<String> admin(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl() + path))
                .header("Authorization", "Bearer " + adminToken())
                .timeout(Duration.ofSeconds(30));
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(request.build());
    }

    /** The id of the user with this username. */
    public String userId(String username) {
        HttpResponse<String> response = admin("GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("User search failed with " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class))).stream()
                .map(user -> (String) user.get("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No user " + username + " in realm " + REALM));
    }

    /** The id of the organization whose alias (the congress slug) is given. */
    public String organizationId(String alias) {
        HttpResponse<String> response = admin("GET", "/organizations?search=" + URLEncoder.encode(alias, StandardCharsets.UTF_8), null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Organization search failed with " + response.statusCode() + ": " + response.body());
        }
        // search matches names and domains by substring, so the alias is compared here
        return parse(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class))).stream()
                .filter(organization -> alias.equals(organization.get("alias")))
                .map(organization -> (String) organization.get("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No organization with alias " + alias));
    }

    public boolean running() {
        return process.isAlive();
    }

    /** Stops Keycloak and its child processes and waits until they are gone. */
    public void stop() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(PID_FILE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak did not stop", e);
        } finally {
            release(machineLock);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The payload of a JWT, decoded but not verified. */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private String token(Map<String, String> form) {
        return token(issuer(), form);
    }

    private static String token(String issuer, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request (" + form.get("grant_type") + ", " + form.get("client_id")
                    + ") failed with " + response.statusCode() + ": " + response.body());
        }
        return (String) json(response.body()).get("access_token");
    }

    private void awaitRealm() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ", see " + log + ":\n" + logTail());
            }
            if (answers(discovery)) {
                startup = Duration.between(launched, Instant.now());
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak did not answer " + discovery + " within " + STARTUP_TIMEOUT
                + ", see " + log + ":\n" + logTail());
    }

    private static boolean answers(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process launch(Path home, Path log) {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", String.valueOf(PORT),
                // a fixed frontend URL keeps iss at 127.0.0.1 whichever host name a caller uses
                "--hostname", BASE_URL,
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", JAVA_HOME.toString());
        // without it, on Java 24+ jboss-threads fails in every worker thread at shutdown (thread-local reset)
        env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        // a master-realm admin (admin/admin) for looking around in http://127.0.0.1:8180/admin while debugging
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        try {
            Process process = builder.start();
            Files.writeString(PID_FILE, String.valueOf(process.pid()));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + home.resolve("bin/kc.sh"), e);
        }
    }

    /** Keycloak's H2 database and import folder are wiped, so every start imports the realm into an empty database. */
    private static void prepareData(Path home) {
        try {
            deleteRecursively(home.resolve("data/h2"));
            Path imports = home.resolve("data/import");
            deleteRecursively(imports);
            Files.createDirectories(imports);
            try (InputStream realm = realmDefinition()) {
                Files.copy(realm, imports.resolve(REALM + "-realm.json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The module's own resource, so the realm is found from any working directory: the identity-keycloak module's
     * tests have its classes on the class path, and so has every module that depends on it (bootstrap).
     */
    private static InputStream realmDefinition() {
        InputStream resource = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("No realm definition: classpath:" + REALM_RESOURCE + " is missing");
        }
        return resource;
    }

    private static Path unpackedDistribution() {
        Path home = CACHE.resolve("keycloak-" + VERSION);
        if (Files.exists(home.resolve(UNPACKED_MARKER))) {
            return home;
        }
        if (!Files.isRegularFile(DIST_ZIP)) {
            throw new IllegalStateException("The Keycloak distribution is missing: " + DIST_ZIP + ". Fetch it with: mvn "
                    + "dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip");
        }
        try {
            deleteRecursively(home);
            unzip(DIST_ZIP, CACHE);
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.writeString(home.resolve(UNPACKED_MARKER), DIST_ZIP + "\n");
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + DIST_ZIP, e);
        }
    }

    /** The zip holds one top folder, {@code keycloak-<version>/}. */
    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(in, destination);
                }
            }
        }
    }

    private static Path logFile() {
        Path target = Path.of("target").toAbsolutePath();
        Path dir = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
        return dir.resolve("keycloak-" + PORT + ".log");
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static boolean portInUse() {
        try (Socket ignored = new Socket("127.0.0.1", PORT)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> json(String text) {
        return parse(text, Argument.mapOf(String.class, Object.class));
    }

    /** A JSON array of objects, as the admin API lists users, organizations, members and roles. */
    public static List<Map<String, Object>> jsonList(String text) {
        return parse(text, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static <T> T parse(String text, Argument<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON of " + type + ": " + text, e);
        }
    }

    /** A form body, URL-encoded. */
    public static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
