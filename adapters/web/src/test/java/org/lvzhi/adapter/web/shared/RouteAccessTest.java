package org.lvzhi.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.access.port.in.AccessPolicy;

/** No route of the web adapter is open by omission, and none writes its own list of roles. */
@MicronautTest
class RouteAccessTest {

    private static final Set<List<String>> MARKERS =
            Set.of(List.of(SecurityRule.IS_AUTHENTICATED), List.of(SecurityRule.IS_ANONYMOUS));

    @Inject
    Router router;

    @Inject
    AccessPolicy policy;

    @Test
    @DisplayName("every route names an operation the access policy grants, or is marked for any signed-in caller or for anyone")
    void everyRouteIsGuarded() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getTargetMethod().getDeclaringType().getPackageName().startsWith("org.lvzhi.adapter.web"))
                .toList();

        assertThat(routes).hasSizeGreaterThan(100);
        assertThat(routes.stream().filter(route -> !guarded(route.getAnnotationMetadata())).map(Object::toString))
                .isEmpty();
    }

    private boolean guarded(AnnotationMetadata route) {
        return route.stringValue(Allowed.class).map(code -> policy.rolesFor(code).isPresent())
                .orElseGet(() -> MARKERS.contains(List.of(route.stringValues(Secured.class))));
    }
}
