package org.lvzhi.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.history;
import static org.lvzhi.domain.policy.ProfileFixtures.profile;
import static org.lvzhi.domain.policy.ProfileFixtures.version;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfileHistoryTest {

    private static final PolicyProfile TRIAL = profile("qinghai").title("试行").effectiveFrom("2018-08-01").build();
    private static final PolicyProfile REVISED = profile("qinghai").title("修订").effectiveFrom("2021-01-01").build();
    private static final PolicyProfile CURRENT = profile("qinghai").title("现行").effectiveFrom("2024-01-01").build();
    private static final ProfileHistory QINGHAI = history("qinghai", TRIAL, REVISED, CURRENT);

    @Test
    @DisplayName("the version in force is the one with the latest effective date on or before the date")
    void latestEffectiveOnOrBefore() {
        assertThat(QINGHAI.inForceOn(date("2022-06-30"))).get().extracting(ProfileVersion::number).isEqualTo(2);
    }

    @Test
    @DisplayName("a version is in force on its own effective date")
    void inForceOnItsEffectiveDate() {
        assertThat(QINGHAI.inForceOn(date("2024-01-01"))).get().extracting(ProfileVersion::number).isEqualTo(3);
    }

    @Test
    @DisplayName("the day before a version takes effect, the previous version is still in force")
    void previousVersionTheDayBefore() {
        assertThat(QINGHAI.inForceOn(date("2023-12-31"))).get().extracting(ProfileVersion::number).isEqualTo(2);
    }

    @Test
    @DisplayName("of two versions with the same effective date, the later-saved one is in force")
    void laterSavedWinsATie() {
        PolicyProfile correction = profile("qinghai").title("更正").effectiveFrom("2021-01-01").build();
        ProfileHistory history = history("qinghai", TRIAL, REVISED, correction);

        assertThat(history.inForceOn(date("2022-06-30"))).get().extracting(ProfileVersion::profile).isEqualTo(correction);
    }

    @Test
    @DisplayName("the later-saved version wins a tie even when the versions are handed over out of order")
    void tieDoesNotDependOnListOrder() {
        PolicyProfile correction = profile("qinghai").title("更正").effectiveFrom("2021-01-01").build();
        ProfileHistory history = new ProfileHistory("qinghai", List.of(version(3, correction), version(2, REVISED), version(1, TRIAL)));

        assertThat(history.inForceOn(date("2022-06-30"))).get().extracting(ProfileVersion::number).isEqualTo(3);
    }

    @Test
    @DisplayName("a later-saved version with an earlier effective date does not displace one with a later date")
    void effectiveDateBeatsSaveOrder() {
        PolicyProfile backdated = profile("qinghai").title("追溯").effectiveFrom("2019-01-01").build();
        ProfileHistory history = history("qinghai", TRIAL, REVISED, backdated);

        assertThat(history.inForceOn(date("2022-06-30"))).get().extracting(ProfileVersion::number).isEqualTo(2);
        assertThat(history.inForceOn(date("2020-06-30"))).get().extracting(ProfileVersion::number).isEqualTo(3);
    }

    @Test
    @DisplayName("no version is in force before the first one takes effect")
    void noneBeforeTheFirst() {
        assertThat(QINGHAI.inForceOn(date("2018-07-31"))).isEmpty();
    }

    @Test
    @DisplayName("an empty history has no version in force")
    void emptyHistoryHasNone() {
        assertThat(ProfileHistory.empty("qinghai").inForceOn(date("2024-01-01"))).isEmpty();
    }

    @Test
    @DisplayName("history is kept: every version is listed, by number, after newer ones take effect")
    void historyIsKept() {
        ProfileHistory history = new ProfileHistory("qinghai", List.of(version(3, CURRENT), version(1, TRIAL), version(2, REVISED)));

        assertThat(history.versions()).extracting(ProfileVersion::number).containsExactly(1, 2, 3);
        assertThat(history.versions()).extracting(ProfileVersion::profile).containsExactly(TRIAL, REVISED, CURRENT);
    }

    @Test
    @DisplayName("an old version can still be looked up by its number")
    void versionByNumber() {
        assertThat(QINGHAI.version(1)).get().extracting(ProfileVersion::profile).isEqualTo(TRIAL);
        assertThat(QINGHAI.version(4)).isEmpty();
    }

    @Test
    @DisplayName("the latest version is the last saved, whatever its effective date")
    void latestIsLastSaved() {
        PolicyProfile backdated = profile("qinghai").title("追溯").effectiveFrom("2019-01-01").build();

        assertThat(history("qinghai", TRIAL, REVISED, backdated).latest()).get().extracting(ProfileVersion::number).isEqualTo(3);
        assertThat(ProfileHistory.empty("qinghai").latest()).isEmpty();
    }

    @Test
    @DisplayName("the next version number follows the last saved one")
    void nextNumberFollowsLast() {
        assertThat(QINGHAI.nextNumber()).isEqualTo(4);
    }

    @Test
    @DisplayName("the first version of an owner is number one")
    void firstNumberIsOne() {
        assertThat(ProfileHistory.empty("qinghai").nextNumber()).isEqualTo(1);
    }
}
