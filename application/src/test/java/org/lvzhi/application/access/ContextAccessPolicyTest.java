package org.lvzhi.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;

class ContextAccessPolicyTest {

    private final ContextAccessPolicy policy = new ContextAccessPolicy();

    @Test
    @DisplayName("the policy answers each context's grants by code, and no roles for a code no context grants")
    void answersByCode() {
        assertThat(policy.rolesFor(SuggestionAccess.HANDLE)).contains(Set.of(AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER));
        assertThat(policy.rolesFor("suggestion.no-such-thing")).isEmpty();
        assertThat(policy.codes()).contains(AttendanceAccess.FILE_LEAVE, SuggestionAccess.ANSWER);
    }

    @Test
    @DisplayName("each code names its context first, so two contexts cannot mean different things by one code")
    void codesNameTheirContext() {
        assertThat(policy.codes()).allSatisfy(code -> assertThat(code).matches("[a-z]+\\.[a-z-]+"));
    }

    @Test
    @DisplayName("the platform admin reads every leave request but acts for no deputy: staff are tenant admin and liaison officer")
    void platformAdminIsNotStaff() {
        assertThat(policy.rolesFor(AttendanceAccess.READ_ALL_LEAVE).orElseThrow()).contains(AccessRole.PLATFORM_ADMIN);
        assertThat(policy.rolesFor(AttendanceAccess.FILE_LEAVE_FOR_ANY).orElseThrow())
                .containsExactlyInAnyOrder(AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER);
    }
}
