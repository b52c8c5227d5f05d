package org.lvzhi.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lvzhi.application.event.NotificationPort;

/**
 * Finds the use cases that change state without telling anyone: a public method of a class implementing a {@code port.in}
 * interface that, itself or through the application's classes it calls (private helpers, lambdas, collaborators such as
 * {@code SuggestionNotices}), calls a writing method of a {@code port.out} interface ({@code add}, {@code update},
 * {@code save}, {@code record}, {@code replace}, {@code mark…}, {@code open}, …) and never calls
 * {@link NotificationPort#send}. Calls through other interfaces (another context's use case, an observer) are not
 * followed: the method must send its own event. The check reads the bytecode, so it sees what the method can do, not
 * which branch does it: a method that writes on one path and sends on another passes.
 */
final class EventEmission {

    private static final Pattern WRITE = Pattern.compile("(add|update|save|record|replace|mark|open|close|remove|delete|store)([A-Z].*)?");

    private EventEmission() {
    }

    /** Each silent use case as "Service.method writes Port.method", for the contexts under {@code base} not exempted. */
    static List<String> silentUseCases(JavaClasses classes, String base, Set<String> exemptContexts) {
        return classes.stream()
                .filter(c -> !c.isInterface() && c.getPackageName().startsWith(base + "."))
                .filter(c -> !exemptContexts.contains(context(c, base)))
                .flatMap(service -> useCaseMethods(service).stream())
                .flatMap(method -> {
                    Reach reach = new Reach();
                    reach.follow(method);
                    return reach.sends || reach.writes.isEmpty() ? Stream.<String>empty()
                            : Stream.of(method.getOwner().getSimpleName() + "." + method.getName() + " writes "
                                    + String.join(", ", reach.writes));
                })
                .sorted()
                .toList();
    }

    private static List<JavaMethod> useCaseMethods(JavaClass service) {
        Set<String> declared = new HashSet<>();
        service.getAllRawInterfaces().stream()
                .filter(i -> i.getPackageName().contains(".port.in"))
                .forEach(i -> i.getMethods().forEach(m -> declared.add(m.getName())));
        return service.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && declared.contains(m.getName()))
                .toList();
    }

    private static String context(JavaClass type, String base) {
        String rest = type.getPackageName().substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** What a method reaches: the port.out writes it makes and whether it sends a notification. */
    private static final class Reach {

        private final Set<JavaCodeUnit> seen = new HashSet<>();
        private final Set<String> writes = new TreeSet<>();
        private boolean sends;

        void follow(JavaCodeUnit unit) {
            if (!seen.add(unit)) {
                return;
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                String name = call.getName();
                if (owner.isAssignableTo(NotificationPort.class)) {
                    sends = true;
                } else if (owner.isInterface()) {
                    if (owner.getPackageName().contains(".port.out") && WRITE.matcher(name).matches()) {
                        writes.add(owner.getSimpleName() + "." + name);
                    }
                } else if (owner.getPackageName().startsWith("org.lvzhi")) {
                    call.getTarget().resolveMember().ifPresent(this::follow);
                }
            }
        }
    }
}
