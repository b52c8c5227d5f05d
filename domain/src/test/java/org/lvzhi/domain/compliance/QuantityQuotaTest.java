package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.measuring;
import static org.lvzhi.domain.compliance.DutyFixtures.ordinaryDeputy;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.measured;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.policy.Quota;

/** "每年参加履职培训不少于1天": a quota that adds up the days a deputy trained rather than counting records. */
class QuantityQuotaTest {

    private static final EffectiveProfile ONE_DAY_OF_TRAINING = profileOf(
            List.of(measured("TRAINING_DAYS", MeasureUnit.DAY), measured("STUDY_HALF_DAYS", MeasureUnit.HALF_DAY),
                    measured("STUDY_HOURS", MeasureUnit.HOUR)),
            Optional.empty(),
            quotaRule("XC-5", new Quota(List.of("TRAINING_DAYS", "STUDY_HALF_DAYS"), 1, Optional.empty(), calendarYear(),
                    Optional.empty(), Optional.empty(), Optional.of(MeasureUnit.DAY))));

    private static QuotaVerdict judge(String on, DutyRecord... records) {
        return ComplianceEvaluator.evaluate(ONE_DAY_OF_TRAINING, ordinaryDeputy(), TERM, date(on), RecordTallies.of(List.of(records)))
                .verdictsFor("XC-5").getFirst();
    }

    @Test
    @DisplayName("XC-5: half a day of training at the year's end is not one day: BEHIND, counting 0.5 days")
    void halfADayIsNotADay() {
        QuotaVerdict verdict = judge("2026-12-31", measuring("TRAINING_DAYS", "2026-03-01", "0.5"));

        assertThat(verdict.status()).isEqualTo(QuotaStatus.BEHIND);
        assertThat(verdict.count()).isEqualByComparingTo("0.5");
        assertThat(verdict.unit()).contains(MeasureUnit.DAY);
    }

    @Test
    @DisplayName("XC-5: two half days make exactly the one day asked: MET")
    void exactlyTheThreshold() {
        assertThat(judge("2026-12-31", measuring("TRAINING_DAYS", "2026-03-01", "0.5"), measuring("TRAINING_DAYS", "2026-09-01", "0.5"))
                .status()).isEqualTo(QuotaStatus.MET);
    }

    @Test
    @DisplayName("XC-5: a half-day type converts: two half-day records are one day, one is half a day")
    void halfDaysConvertToDays() {
        assertThat(judge("2026-12-31", measuring("STUDY_HALF_DAYS", "2026-03-01", "1"), measuring("STUDY_HALF_DAYS", "2026-04-01", "1"))
                .count()).isEqualByComparingTo("1");
        assertThat(judge("2026-12-31", measuring("STUDY_HALF_DAYS", "2026-03-01", "1")).status()).isEqualTo(QuotaStatus.BEHIND);
    }

    @Test
    @DisplayName("XC-5: records of other years and of a type not summed add nothing")
    void onlyTheWindowAndTheTypes() {
        QuotaVerdict verdict = judge("2026-12-31", measuring("TRAINING_DAYS", "2025-12-31", "3"), measuring("STUDY_HOURS", "2026-05-01", "8"),
                confirmed("INSPECTION", "2026-05-01"));

        assertThat(verdict.count()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("XC-5: records without a quantity measure 1 of their type's unit: one day")
    void defaultQuantityIsOne() {
        assertThat(judge("2026-12-31", confirmed("TRAINING_DAYS", "2026-06-01")).status()).isEqualTo(QuotaStatus.MET);
    }
}
