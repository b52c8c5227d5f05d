package org.lvzhi.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lvzhi.application.access.port.in.AccessPolicy;
import org.lvzhi.application.shared.AccessRole;

/**
 * docs/roles.md and the access policy say the same: for each row of its tables, the roles the row admits (any cell but
 * —) are the roles the route's operation is granted, or every role where the route takes any signed-in caller.
 * RoleMatrixIT checks the rows against the running platform; this names the drifting grant without starting it.
 */
@MicronautTest
class RoleDocumentTest {

    @Inject
    Router router;

    @Inject
    AccessPolicy policy;

    @TestFactory
    Stream<DynamicTest> everyRowAdmitsTheRolesThePolicyGrants() throws IOException {
        List<String> lines = Files.readAllLines(rolesDocument());
        String[] roles = cells(lines.stream().filter(line -> line.startsWith("| endpoint")).findFirst().orElseThrow());
        return lines.stream().filter(line -> line.startsWith("| `")).map(row -> {
            String[] cells = cells(row);
            String[] endpoint = cells[0].replace("`", "").split(" ");
            Set<String> admitted = new TreeSet<>(IntStream.range(1, cells.length).filter(r -> !cells[r].equals("—"))
                    .mapToObj(r -> roles[r]).toList());
            return DynamicTest.dynamicTest(cells[0], () -> assertThat(granted(endpoint[0], endpoint[1])).isEqualTo(admitted));
        });
    }

    private Set<String> granted(String method, String path) {
        String concrete = path.replace("{units}", "delegations").replace("{id}", "0d6f2b7e").replace("{n}", "1").split("\\?")[0];
        AnnotationMetadata route = router.findAllClosest(HttpRequest.create(HttpMethod.valueOf(method), concrete)).stream()
                .findFirst().orElseThrow(() -> new AssertionError("no route for " + method + " " + concrete)).getAnnotationMetadata();
        Set<AccessRole> allowed = route.stringValue(Allowed.class).flatMap(policy::rolesFor)
                .orElseGet(() -> Arrays.asList(route.stringValues(Secured.class)).contains(SecurityRule.IS_AUTHENTICATED)
                        ? Set.of(AccessRole.values()) : Set.of());
        return new TreeSet<>(allowed.stream().map(AccessRole::name).toList());
    }

    private static String[] cells(String row) {
        return Arrays.stream(row.substring(1, row.length() - 1).split("\\|")).map(String::strip).toArray(String[]::new);
    }

    private static Path rolesDocument() {
        return Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
                .map(dir -> dir.resolve("docs/roles.md")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("docs/roles.md not found"));
    }
}
