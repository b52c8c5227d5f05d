package org.lvzhi.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lvzhi.application.policy.PolicyFixtures.conductRule;
import static org.lvzhi.application.policy.PolicyFixtures.profile;
import static org.lvzhi.application.policy.PolicyFixtures.quotaRule;
import static org.lvzhi.application.policy.ProfileTestBed.DATONG;
import static org.lvzhi.application.policy.ProfileTestBed.EARLIER;
import static org.lvzhi.application.policy.ProfileTestBed.EARLIER_ADMIN;
import static org.lvzhi.application.policy.ProfileTestBed.HUNAN;
import static org.lvzhi.application.policy.ProfileTestBed.NOW;
import static org.lvzhi.application.policy.ProfileTestBed.QINGHAI;
import static org.lvzhi.application.policy.ProfileTestBed.adminOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.testing.InMemoryTransactions.UnitOfWork;
import org.lvzhi.domain.policy.DisabledEntry;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.domain.policy.Sourced;

class PolicyProfileQueryServiceTest {

    private static final ActingCaller QINGHAI_ADMIN = adminOf(QINGHAI);
    private static final ActingCaller DATONG_ADMIN = adminOf(DATONG);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private static final PolicyRule QH_7_2 = quotaRule("QH-7.2", 3, "STATION_RECEPTION");
    private static final PolicyProfile QINGHAI_V1 = profile("qinghai").rules(QH_7_2, conductRule("QH-6.3")).build();

    private final ProfileTestBed bed = new ProfileTestBed();

    /** Each effective rule as "id@source#version". */
    private static List<String> sourcesOf(EffectiveProfile effective) {
        return effective.rules().stream().map(r -> r.value().rule() + "@" + r.source() + "#" + r.version()).toList();
    }

    private static NotFound notFoundOf(ThrowingCallable query) {
        NotFound notFound = catchThrowableOfType(NotFound.class, query);
        assertThat(notFound).as("not found").isNotNull();
        return notFound;
    }

    @Nested
    @DisplayName("the effective profile")
    class Effective {

        @Test
        @DisplayName("of a county resolves the baseline, then its province (its parent congress), then its own profile")
        void countyResolvesThroughItsProvince() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(DATONG, 1, profile("datong").rules(quotaRule("QH-7.2", 4, "STATION_RECEPTION"), conductRule("DT-1")).build());

            EffectiveProfile effective = bed.queries.effective(DATONG_ADMIN, TODAY);

            assertThat(effective.chain()).containsExactly("baseline", "qinghai", "datong");
            assertThat(sourcesOf(effective))
                    .containsExactly("BL-7@baseline#1", "BL-15@baseline#1", "QH-7.2@datong#1", "QH-6.3@qinghai#1", "DT-1@datong#1");
        }

        @Test
        @DisplayName("of a county with no profile of its own gives the province's rules over the baseline's")
        void countyWithoutProfileGetsTheProvincesRules() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);

            EffectiveProfile effective = bed.queries.effective(DATONG_ADMIN, TODAY);

            assertThat(effective.congress()).isEqualTo("datong");
            assertThat(effective.chain()).containsExactly("baseline", "qinghai", "datong");
            assertThat(sourcesOf(effective)).containsExactly("BL-7@baseline#1", "BL-15@baseline#1", "QH-7.2@qinghai#1", "QH-6.3@qinghai#1");
        }

        @Test
        @DisplayName("follows inherits in the county's own profile instead of its parent congress")
        void ownInheritsOverridesTheParentCongress() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(HUNAN, 1, profile("hunan").rules(conductRule("HN-2")).build());
            bed.seed(DATONG, 1, profile("datong").inherits("hunan").rules(conductRule("DT-1")).build());

            EffectiveProfile effective = bed.queries.effective(DATONG_ADMIN, TODAY);

            assertThat(effective.chain()).containsExactly("baseline", "hunan", "datong");
            assertThat(sourcesOf(effective)).containsExactly("BL-7@baseline#1", "BL-15@baseline#1", "HN-2@hunan#1", "DT-1@datong#1");
        }

        @Test
        @DisplayName("applies the inherited rules the county switches off as disabled, naming the county's version")
        void disabledRulesAreReported() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(DATONG, 1, profile("datong").disable("QH-6.3", "本县另有规定").build());

            EffectiveProfile effective = bed.queries.effective(DATONG_ADMIN, TODAY);

            assertThat(effective.hasRule("QH-6.3")).isFalse();
            assertThat(effective.disabled()).containsExactly(new DisabledEntry("QH-6.3", "本县另有规定", "datong", 1));
        }

        @Test
        @DisplayName("uses the version in force on the date, not a later one not yet in force")
        void usesTheVersionInForceOnTheDate() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(QINGHAI, 2, profile("qinghai").effectiveFrom(LocalDate.of(2026, 1, 1)).rules(conductRule("QH-9.9")).build());

            EffectiveProfile effective = bed.queries.effective(QINGHAI_ADMIN, TODAY);

            assertThat(sourcesOf(effective)).containsExactly("BL-7@baseline#1", "BL-15@baseline#1", "QH-7.2@qinghai#1", "QH-6.3@qinghai#1");
        }

        @Test
        @DisplayName("follows inherits of the own version in force on the date, not of a later one")
        void ownInheritsComesFromTheVersionInForce() {
            bed.seed(HUNAN, 1, profile("hunan").rules(conductRule("HN-2")).build());
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(DATONG, 1, profile("datong").rules(conductRule("DT-1")).build());
            bed.seed(DATONG, 2, profile("datong").effectiveFrom(LocalDate.of(2026, 1, 1)).inherits("hunan").build());

            assertThat(bed.queries.effective(DATONG_ADMIN, TODAY).chain()).containsExactly("baseline", "qinghai", "datong");
            assertThat(bed.queries.effective(DATONG_ADMIN, LocalDate.of(2026, 1, 1)).chain())
                    .containsExactly("baseline", "hunan", "datong");
        }

        @Test
        @DisplayName("follows an ancestor's inherits from its version in force on the date, as the ancestor itself does")
        void ancestorsInheritsComesFromTheVersionInForce() {
            bed.seed(HUNAN, 1, profile("hunan").rules(conductRule("HN-2")).build());
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(QINGHAI, 2, profile("qinghai").effectiveFrom(LocalDate.of(2026, 1, 1)).inherits("hunan").build());

            assertThat(bed.queries.effective(QINGHAI_ADMIN, TODAY).chain()).containsExactly("baseline", "qinghai");
            assertThat(bed.queries.effective(DATONG_ADMIN, TODAY).chain()).containsExactly("baseline", "qinghai", "datong");
        }

        @Test
        @DisplayName("is read in a read-only unit of work of the caller's congress")
        void readsOnly() {
            bed.queries.effective(DATONG_ADMIN, TODAY);

            assertThat(bed.transactions.log()).containsExactly(new UnitOfWork(DATONG, true));
        }
    }

    @Nested
    @DisplayName("versions")
    class Versions {

        @Test
        @DisplayName("lists every saved version of the caller's congress in number order")
        void listsVersions() {
            bed.seed(QINGHAI, 2, QINGHAI_V1);
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.seed(HUNAN, 1, profile("hunan").build());

            List<ProfileVersion> versions = bed.queries.versions(QINGHAI_ADMIN);

            assertThat(versions).extracting(ProfileVersion::number).containsExactly(1, 2);
            assertThat(versions.getFirst()).isEqualTo(new ProfileVersion(1, QINGHAI_V1, EARLIER.plusSeconds(1), EARLIER_ADMIN));
        }

        @Test
        @DisplayName("of a congress with no profile is empty")
        void noVersions() {
            assertThat(bed.queries.versions(DATONG_ADMIN)).isEmpty();
        }

        @Test
        @DisplayName("are read in a read-only unit of work of the caller's congress")
        void readsOnly() {
            bed.queries.versions(QINGHAI_ADMIN);

            assertThat(bed.transactions.log()).containsExactly(new UnitOfWork(QINGHAI, true));
        }
    }

    @Nested
    @DisplayName("one version")
    class OneVersion {

        @Test
        @DisplayName("is found by its number")
        void foundByNumber() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            PolicyProfile v2 = profile("qinghai").rules(conductRule("QH-6.3")).build();
            bed.seed(QINGHAI, 2, v2);

            assertThat(bed.queries.version(QINGHAI_ADMIN, 2)).isEqualTo(new ProfileVersion(2, v2, EARLIER.plusSeconds(2), EARLIER_ADMIN));
        }

        @Test
        @DisplayName("with an unknown number is not found")
        void unknownNumberIsNotFound() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);

            NotFound notFound = notFoundOf(() -> bed.queries.version(QINGHAI_ADMIN, 9));

            assertThat(notFound.resource()).isEqualTo("profile version");
            assertThat(notFound.id()).isEqualTo("9");
        }

        @Test
        @DisplayName("of another congress is not found in the caller's")
        void anotherCongressVersionIsNotFound() {
            bed.seed(HUNAN, 1, profile("hunan").build());

            notFoundOf(() -> bed.queries.version(QINGHAI_ADMIN, 1));
        }
    }

    @Nested
    @DisplayName("a version's document")
    class Document {

        @Test
        @DisplayName("is the text exactly as it was saved")
        void isTheSavedText() {
            String text = bed.document("profile: qinghai\n# 第一版\n", QINGHAI_V1);
            bed.edit.save(QINGHAI_ADMIN, text, Optional.empty());

            assertThat(bed.queries.document(QINGHAI_ADMIN, 1)).isEqualTo(text);
        }

        @Test
        @DisplayName("of an unknown version is not found")
        void unknownNumberIsNotFound() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);

            NotFound notFound = notFoundOf(() -> bed.queries.document(QINGHAI_ADMIN, 2));

            assertThat(notFound.id()).isEqualTo("2");
        }
    }

    @Nested
    @DisplayName("the diff of two versions")
    class Diff {

        @Test
        @DisplayName("lists the rules that changed between them")
        void listsRuleChanges() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            PolicyRule raised = quotaRule("QH-7.2", 4, "STATION_RECEPTION");
            bed.seed(QINGHAI, 2, profile("qinghai").rules(raised, conductRule("QH-6.3")).build());

            ProfileDiff.Result diff = bed.queries.diff(QINGHAI_ADMIN, 1, 2);

            assertThat(diff.rules()).containsExactly(new ProfileDiff.RuleChange("QH-7.2", ProfileDiff.Change.CHANGED, List.of(QH_7_2), List.of(raised)));
            assertThat(diff.others()).isEmpty();
        }

        @Test
        @DisplayName("of a version with itself is empty")
        void sameVersionIsEmpty() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);

            assertThat(bed.queries.diff(QINGHAI_ADMIN, 1, 1).isEmpty()).isTrue();
        }

        @Test
        @DisplayName("with an unknown version is not found")
        void unknownVersionIsNotFound() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);

            NotFound notFound = notFoundOf(() -> bed.queries.diff(QINGHAI_ADMIN, 1, 3));

            assertThat(notFound.id()).isEqualTo("3");
        }
    }

    @Nested
    @DisplayName("the audit")
    class Audit {

        @Test
        @DisplayName("lists the caller's congress's saves in order, and no other congress's")
        void listsOwnEntries() {
            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v1", QINGHAI_V1), Optional.empty());
            bed.edit.save(adminOf(HUNAN), bed.document("hunan v1", profile("hunan").build()), Optional.empty());
            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v2", profile("qinghai").rules(QH_7_2).build()), Optional.of(1));

            List<ProfileAuditEntry> audit = bed.queries.audit(QINGHAI_ADMIN);

            assertThat(audit).containsExactly(
                    new ProfileAuditEntry("qinghai", 1, NOW, "admin-qinghai", List.of("首个版本，共 2 条规则")),
                    new ProfileAuditEntry("qinghai", 2, NOW, "admin-qinghai", List.of("REMOVED QH-6.3")));
        }

        @Test
        @DisplayName("is read in a read-only unit of work of the caller's congress")
        void readsOnly() {
            bed.queries.audit(QINGHAI_ADMIN);

            assertThat(bed.transactions.log()).containsExactly(new UnitOfWork(QINGHAI, true));
        }
    }

    @Test
    @DisplayName("a rule's source in the effective profile names the owner and version it came from")
    void sourcedNamesOwnerAndVersion() {
        bed.seed(QINGHAI, 1, QINGHAI_V1);
        bed.seed(QINGHAI, 2, QINGHAI_V1);

        EffectiveProfile effective = bed.queries.effective(QINGHAI_ADMIN, TODAY);

        assertThat(effective.rules()).contains(new Sourced<>(QH_7_2, "qinghai", 2));
    }
}
