package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.policy.Audience;

class DeputyAttributesTest {

    private static final DeputyAttributes GRASSROOTS_MEMBER =
            new DeputyAttributes(true, false, Constituency.ELECTING_UNIT, Set.of(Position.STANDING_COMMITTEE_MEMBER, Position.GROUP_LEADER));

    private static Audience positions(String... positions) {
        return new Audience(Optional.empty(), Optional.empty(), Optional.empty(), List.of(positions));
    }

    @Test
    @DisplayName("an audience that sets nothing takes in every deputy")
    void emptyAudienceMatchesAll() {
        assertThat(GRASSROOTS_MEMBER.matches(positions())).isTrue();
    }

    @Test
    @DisplayName("a deputy holding any one of the audience's positions belongs to it")
    void anyPositionMatches() {
        assertThat(GRASSROOTS_MEMBER.matches(positions("CHAIR", "STANDING_COMMITTEE_MEMBER"))).isTrue();
        assertThat(GRASSROOTS_MEMBER.matches(positions("CHAIR", "DELEGATION_HEAD"))).isFalse();
    }

    @Test
    @DisplayName("grassroots, military and constituency must equal the audience's where it sets them")
    void attributesMustBeEqual() {
        assertThat(GRASSROOTS_MEMBER.matches(new Audience(Optional.of(true), Optional.empty(), Optional.empty(), List.of()))).isTrue();
        assertThat(GRASSROOTS_MEMBER.matches(new Audience(Optional.of(false), Optional.empty(), Optional.empty(), List.of()))).isFalse();
        assertThat(GRASSROOTS_MEMBER.matches(new Audience(Optional.empty(), Optional.of(true), Optional.empty(), List.of()))).isFalse();
        assertThat(GRASSROOTS_MEMBER.matches(new Audience(Optional.empty(), Optional.empty(), Optional.of(Constituency.DISTRICT), List.of())))
                .isFalse();
    }
}
