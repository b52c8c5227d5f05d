package org.lvzhi.adapter.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** What every problem answer shares: its status, application/problem+json, the status again in the body, a Chinese title. */
public final class ProblemAssert {

    public static final String PROBLEM = "application/problem+json";

    private ProblemAssert() {
    }

    public static Api.Answer assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith(PROBLEM);
        assertThat(answer.text("status")).isEqualTo(String.valueOf(status));
        assertThat(answer.text("title")).containsPattern("\\p{IsHan}");
        return answer;
    }

    /** A 422 whose errors point exactly at these fields, each with a Chinese message. */
    public static Api.Answer assertInvalid(Api.Answer answer, String... pointers) {
        assertProblem(answer, 422);
        assertThat(answer.pointers()).containsExactlyInAnyOrder(pointers);
        for (String pointer : pointers) {
            assertThat(answer.message(pointer)).as(pointer).containsPattern("\\p{IsHan}");
        }
        return answer;
    }
}
