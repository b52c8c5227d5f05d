package org.lvzhi.domain.supervision;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Consecutive windows in which a trigger holds ("连续两年"). A run is judged when its latest window has ended: it reaches
 * back over every window before it in which the trigger held too, so a run that grows stays one run (one case, naming
 * each of its windows), and a single window in which the trigger does not hold ends it: the next run starts over.
 * A trigger on one window ({@code length} 1) judges each window on its own.
 */
final class Runs {

    private Runs() {
    }

    /** The run that ends with the last of the windows (given oldest first), oldest first, when it is at least length long. */
    static <W> Optional<List<W>> endingWithLast(List<W> windows, Predicate<W> holds, int length) {
        int start = windows.size();
        while (start > 0 && holds.test(windows.get(start - 1)) && (length > 1 || start == windows.size())) {
            start--;
        }
        List<W> run = windows.subList(start, windows.size());
        return run.size() >= length && !run.isEmpty() ? Optional.of(List.copyOf(run)) : Optional.empty();
    }
}
