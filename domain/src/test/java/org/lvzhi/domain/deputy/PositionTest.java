package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.UnitKind;

class PositionTest {

    @Test
    @DisplayName("a delegation head is held in a delegation")
    void delegationHeadHeldInDelegation() {
        assertThat(Position.DELEGATION_HEAD.heldIn()).contains(UnitKind.DELEGATION);
    }

    @Test
    @DisplayName("the chair is held in no unit")
    void chairHeldInNoUnit() {
        assertThat(Position.CHAIR.heldIn()).isEmpty();
    }
}
