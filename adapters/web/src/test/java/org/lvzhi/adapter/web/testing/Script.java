package org.lvzhi.adapter.web.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A use case (a {@code port.in} interface) replaced for a routes test: it keeps what reached each of its methods,
 * answers what the test told it, or fails the next call as the use case may. A method given no answer answers null.
 * A test class hands {@link #port()} to the context with {@code @MockBean(ThePort.class)}; each test gets a new one.
 */
public final class Script<T> implements InvocationHandler {

    private final Class<T> type;
    private final T port;
    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, List<Object>> calls = new HashMap<>();
    private RuntimeException nextFailure;

    private Script(Class<T> type) {
        this.type = type;
        this.port = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this));
    }

    public static <T> Script<T> of(Class<T> type) {
        return new Script<>(type);
    }

    /** The use case itself, answering as scripted. */
    public T port() {
        return port;
    }

    /** What these methods answer from now on. */
    public synchronized Script<T> answer(Object answer, String... methods) {
        for (String method : methods) {
            answers.put(checked(method), answer);
        }
        return this;
    }

    public synchronized void failNextWith(RuntimeException failure) {
        nextFailure = failure;
    }

    public synchronized boolean called(String method) {
        return calls.containsKey(checked(method));
    }

    /** The argument at {@code index} of the last call of {@code method}; fails the test if it was never called. */
    public synchronized <A> A argument(String method, int index, Class<A> argumentType) {
        List<Object> arguments = calls.get(checked(method));
        if (arguments == null) {
            throw new AssertionError(type.getSimpleName() + "." + method + " was not called; called: " + calls.keySet());
        }
        return argumentType.cast(arguments.get(index));
    }

    @Override
    public synchronized Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Script of " + type.getSimpleName();
            };
        }
        calls.put(method.getName(), arguments == null ? List.of() : Arrays.asList(arguments));
        RuntimeException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
        return answers.get(method.getName());
    }

    private String checked(String method) {
        if (Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(method))) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no method " + method);
        }
        return method;
    }
}
