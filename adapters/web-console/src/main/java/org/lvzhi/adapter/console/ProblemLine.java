package org.lvzhi.adapter.console;

import java.util.Comparator;
import java.util.List;
import org.lvzhi.domain.policy.ProfileProblem;

/** A problem of a profile draft at the line of the document its JSON Pointer names. */
public record ProblemLine(int line, String path, String message) {

    static List<ProblemLine> of(String document, List<ProfileProblem> problems) {
        YamlLines lines = YamlLines.of(document);
        return problems.stream().map(problem -> new ProblemLine(lines.line(problem.path()), problem.path(), problem.message()))
                .sorted(Comparator.comparingInt(ProblemLine::line)).toList();
    }

    /** The lines with problems, for the editor's gutter: "3 17". */
    public static String lines(List<ProblemLine> problems) {
        return String.join(" ", problems.stream().map(problem -> String.valueOf(problem.line())).distinct().toList());
    }
}
