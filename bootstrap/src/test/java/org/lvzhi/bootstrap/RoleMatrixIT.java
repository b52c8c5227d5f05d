package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Checks every cell of docs/roles.md against the running platform, with one user per access role. */
@MicronautTest(transactional = false)
class RoleMatrixIT extends ApiTest {

    private static final Map<String, String> USER_OF_ROLE = Map.of(
            "PLATFORM_ADMIN", "platform-admin",
            "TENANT_ADMIN", "qinghai-admin",
            "LIAISON_OFFICER", "qinghai-liaison",
            "DELEGATION_HEAD", "qinghai-head",
            "GROUP_LEADER", "qinghai-leader",
            "DEPUTY", "qinghai-deputy1",
            "HANDLING_UNIT", "qinghai-unit",
            "INTEGRATION", "qinghai-integration");
    private static final List<String> UNIT_COLLECTIONS =
            List.of("delegations", "deputy-groups", "liaison-stations", "handling-units", "work-committees");

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> unitIds = new HashMap<>();
    private String ownDeputy;
    private String otherDeputy;

    @BeforeAll
    void signInEveryRoleAndMakeUnits() {
        api = new ApiClient(server.getURI(), json);
        USER_OF_ROLE.forEach((role, user) -> tokens.put(role, api.token(user)));
        String liaison = tokens.get("LIAISON_OFFICER");
        UNIT_COLLECTIONS.forEach(c -> unitIds.put(c, api.post("/api/v1/" + c, liaison, Map.of("name", "矩阵测试" + c)).text("id")));
        ownDeputy = api.get("/api/v1/deputies/me", tokens.get("DEPUTY")).text("id");
        otherDeputy = deputyNamed(liaison, "李文华");
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheRoleMatrix() throws IOException {
        List<String> lines = Files.readAllLines(rolesDocument());
        String[] roles = cells(lines.stream().filter(l -> l.startsWith("| endpoint")).findFirst().orElseThrow());
        List<DynamicTest> tests = new ArrayList<>();
        lines.stream().filter(l -> l.startsWith("| `")).forEach(row -> {
            String[] cells = cells(row);
            String[] endpoint = cells[0].replace("`", "").split(" ");
            for (String path : expand(endpoint[1])) {
                for (int r = 1; r < cells.length; r++) {
                    String role = roles[r];
                    String scope = cells[r];
                    tests.add(DynamicTest.dynamicTest(endpoint[0] + " " + path + " as " + role + ": " + scope,
                            () -> check(endpoint[0], path, role, scope)));
                }
            }
        });
        assertThat(tests).hasSizeGreaterThan(300);
        return tests.stream();
    }

    private void check(String method, String path, String role, String scope) {
        switch (scope) {
            case "—" -> assertThat(call(method, path, role, ownDeputy).status()).isEqualTo(403);
            case "own" -> {
                assertThat(call(method, path, role, ownDeputy).status()).isBetween(200, 299);
                if (path.contains("{id}")) {
                    assertThat(call(method, path, role, otherDeputy).status()).isEqualTo(404);
                }
            }
            case "tenant", "any" -> assertThat(call(method, path, role, otherDeputy).status())
                    .as("allowed, so neither 401, 403 nor 404")
                    .isNotIn(401, 403, 404);
            default -> throw new IllegalStateException("unknown scope " + scope + " in docs/roles.md");
        }
    }

    /** The request for a row: ids filled in; writes carry a body the platform refuses, so nothing changes. */
    private ApiClient.Response call(String method, String path, String role, String deputyId) {
        String concrete = path.replace("/deputies/{id}", "/deputies/" + deputyId).replace("{n}", "1");
        for (String collection : UNIT_COLLECTIONS) {
            concrete = concrete.replace("/" + collection + "/{id}", "/" + collection + "/" + unitIds.get(collection));
        }
        // Any other id is not one: allowed callers get 422, refused ones still 403.
        concrete = concrete.replace("{id}", "not-an-id").replace("{meetingId}", "not-an-id");
        if (concrete.endsWith("/diff")) {
            concrete += "?from=1&to=1";
        }
        boolean profile = concrete.startsWith("/api/v1/policy-profile");
        String body = method.equals("GET") ? "" : profile ? "profile: not-a-valid-document" : "{}";
        String congress = role.equals("PLATFORM_ADMIN") ? "qinghai" : null;
        Map<String, String> headers = Map.of("Content-Type", profile ? "application/yaml" : "application/json");
        return api.send(method, concrete, tokens.get(role), congress, body, headers);
    }

    private static List<String> expand(String path) {
        return path.contains("{units}") ? UNIT_COLLECTIONS.stream().map(c -> path.replace("{units}", c)).toList() : List.of(path);
    }

    private static String[] cells(String row) {
        return Arrays.stream(row.substring(1, row.length() - 1).split("\\|")).map(String::strip).toArray(String[]::new);
    }

    private static Path rolesDocument() {
        return Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                .map(dir -> dir.resolve("docs/roles.md")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("docs/roles.md not found"));
    }
}
