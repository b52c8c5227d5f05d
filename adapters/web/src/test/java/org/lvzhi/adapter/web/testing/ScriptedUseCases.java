package org.lvzhi.adapter.web.testing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of a use case replaced for a routes test: it keeps what reached each of its methods, answers what the test
 * told it, or fails the next call as the use case may. A method that was given no answer answers nothing (null).
 */
public abstract class ScriptedUseCases {

    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, List<Object>> calls = new HashMap<>();
    private RuntimeException nextFailure;

    public synchronized void clear() {
        answers.clear();
        calls.clear();
        nextFailure = null;
    }

    /** What {@code method} answers from now on. */
    public synchronized void answer(String method, Object answer) {
        answers.put(method, answer);
    }

    public synchronized void failNextWith(RuntimeException failure) {
        nextFailure = failure;
    }

    public synchronized boolean called(String method) {
        return calls.containsKey(method);
    }

    /** The argument at {@code index} of the last call of {@code method}; fails the test if it was never called. */
    public synchronized <T> T argument(String method, int index, Class<T> type) {
        List<Object> arguments = calls.get(method);
        if (arguments == null) {
            throw new AssertionError(method + " was not called; called: " + calls.keySet());
        }
        return type.cast(arguments.get(index));
    }

    @SuppressWarnings("unchecked")
    protected synchronized <T> T call(String method, Object... arguments) {
        calls.put(method, Arrays.asList(arguments));
        RuntimeException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
        return (T) answers.get(method);
    }
}
