package org.lvzhi.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lvzhi.application.policy.PolicyFixtures.conductRule;
import static org.lvzhi.application.policy.PolicyFixtures.profile;
import static org.lvzhi.application.policy.PolicyFixtures.quotaRule;
import static org.lvzhi.application.policy.PolicyFixtures.type;
import static org.lvzhi.application.policy.ProfileTestBed.DATONG;
import static org.lvzhi.application.policy.ProfileTestBed.HUNAN;
import static org.lvzhi.application.policy.ProfileTestBed.NOW;
import static org.lvzhi.application.policy.ProfileTestBed.QINGHAI;
import static org.lvzhi.application.policy.ProfileTestBed.adminOf;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.policy.port.in.InvalidProfile;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakePolicyDocuments;
import org.lvzhi.application.testing.InMemoryTransactions.UnitOfWork;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileVersion;

class PolicyProfileEditServiceTest {

    private static final ActingCaller QINGHAI_ADMIN = adminOf(QINGHAI);

    /** Qinghai's first measures: a quota on the baseline's catalogue, and a conduct rule. */
    private static final PolicyProfile QINGHAI_V1 = profile("qinghai")
            .rules(quotaRule("QH-7.2", 3, "STATION_RECEPTION"), conductRule("QH-6.3"))
            .build();

    private final ProfileTestBed bed = new ProfileTestBed();

    private static List<String> pathsOf(InvalidProfile invalid) {
        return invalid.problems().stream().map(ProfileProblem::path).toList();
    }

    private static InvalidProfile invalidProfileOf(ThrowingCallable save) {
        InvalidProfile invalid = catchThrowableOfType(InvalidProfile.class, save);
        assertThat(invalid).as("an invalid profile").isNotNull();
        return invalid;
    }

    private static StaleProfileVersion staleVersionOf(ThrowingCallable save) {
        StaleProfileVersion stale = catchThrowableOfType(StaleProfileVersion.class, save);
        assertThat(stale).as("a stale profile version").isNotNull();
        return stale;
    }

    private void assertNothingSavedFor(ActingCaller caller, List<StoredProfileVersion> before) {
        assertThat(bed.versions.stored(caller.congress())).containsExactlyElementsOf(before);
        assertThat(bed.audit.stored(caller.congress())).isEmpty();
    }

    @Nested
    @DisplayName("saving the first version")
    class FirstVersion {

        @Test
        @DisplayName("needs no If-Match and becomes version 1, saved by the caller at the clock's instant")
        void becomesVersionOne() {
            String text = bed.document("qinghai v1", QINGHAI_V1);

            ProfileVersion saved = bed.edit.save(QINGHAI_ADMIN, text, Optional.empty());

            assertThat(saved).isEqualTo(new ProfileVersion(1, QINGHAI_V1, NOW, "admin-qinghai"));
            assertThat(bed.versions.stored(QINGHAI)).containsExactly(new StoredProfileVersion(1, text, NOW, "admin-qinghai"));
        }

        @Test
        @DisplayName("runs in one writing unit of work of the caller's congress")
        void writesInTheCallersCongress() {
            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v1", QINGHAI_V1), Optional.empty());

            assertThat(bed.transactions.log()).containsExactly(new UnitOfWork(QINGHAI, false));
        }

        @Test
        @DisplayName("writes an audit entry that says it is the first version and counts its rules")
        void auditsTheFirstVersion() {
            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v1", QINGHAI_V1), Optional.empty());

            assertThat(bed.audit.stored(QINGHAI))
                    .containsExactly(new ProfileAuditEntry("qinghai", 1, NOW, "admin-qinghai", List.of("首个版本，共 2 条规则")));
        }

        @Test
        @DisplayName("evicts the owner's cached history, so the next read loads the new version")
        void evictsTheCachedHistory() {
            assertThat(bed.queries.versions(QINGHAI_ADMIN)).isEmpty();
            assertThat(bed.cache.loads("qinghai")).isEqualTo(1);

            ProfileVersion saved = bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v1", QINGHAI_V1), Optional.empty());

            assertThat(bed.cache.evicted()).containsExactly("qinghai");
            assertThat(bed.queries.versions(QINGHAI_ADMIN)).containsExactly(saved);
            assertThat(bed.cache.loads("qinghai")).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("saving on the latest version")
    class NextVersion {

        @Test
        @DisplayName("creates version n+1")
        void createsTheNextVersion() {
            StoredProfileVersion first = bed.seed(QINGHAI, 1, QINGHAI_V1);
            PolicyProfile v2 = profile("qinghai").rules(quotaRule("QH-7.2", 4, "STATION_RECEPTION"), conductRule("QH-6.3")).build();
            String text = bed.document("qinghai v2", v2);

            ProfileVersion saved = bed.edit.save(QINGHAI_ADMIN, text, Optional.of(1));

            assertThat(saved).isEqualTo(new ProfileVersion(2, v2, NOW, "admin-qinghai"));
            assertThat(bed.versions.stored(QINGHAI)).containsExactly(first, new StoredProfileVersion(2, text, NOW, "admin-qinghai"));
        }

        @Test
        @DisplayName("audits the changes rule by rule: removed, changed and added rules")
        void auditsRuleByRule() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            PolicyProfile v2 = profile("qinghai").rules(quotaRule("QH-7.2", 4, "STATION_RECEPTION"), conductRule("QH-8.1")).build();

            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v2", v2), Optional.of(1));

            assertThat(bed.audit.stored(QINGHAI)).singleElement().satisfies(entry -> {
                assertThat(entry.version()).isEqualTo(2);
                assertThat(entry.changes()).containsExactly("CHANGED QH-7.2", "REMOVED QH-6.3", "ADDED QH-8.1");
            });
        }

        @Test
        @DisplayName("audits changes outside the rules by part and key")
        void auditsOtherParts() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            PolicyProfile v2 = profile("qinghai").title("青海省代表履职管理办法（修订）").types(type("LIAISON_ROOM_ACTIVITY"))
                    .rules(quotaRule("QH-7.2", 3, "STATION_RECEPTION"), conductRule("QH-6.3")).build();

            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v2", v2), Optional.of(1));

            assertThat(bed.audit.stored(QINGHAI).getFirst().changes())
                    .containsExactly("ADDED activityType LIAISON_ROOM_ACTIVITY", "CHANGED setting title");
        }

        @Test
        @DisplayName("audits a save that changes nothing as unchanged")
        void auditsAnUnchangedSave() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);

            bed.edit.save(QINGHAI_ADMIN, bed.document("qinghai v1 again", QINGHAI_V1), Optional.of(1));

            assertThat(bed.audit.stored(QINGHAI).getFirst().changes()).containsExactly("与上一版本相比无变化");
        }
    }

    @Nested
    @DisplayName("If-Match")
    class IfMatch {

        @Test
        @DisplayName("a save based on an older version is refused, reporting the latest, and nothing is stored")
        void staleBasedOnIsRefused() {
            List<StoredProfileVersion> before = List.of(bed.seed(QINGHAI, 1, QINGHAI_V1), bed.seed(QINGHAI, 2, QINGHAI_V1));
            String text = bed.document("qinghai v3", QINGHAI_V1);

            StaleProfileVersion stale = staleVersionOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.of(1)));

            assertThat(stale.latest()).isEqualTo(2);
            assertThat(stale.basedOnNothing()).isFalse();
            assertThat(stale.getMessage()).contains("1", "2");
            assertNothingSavedFor(QINGHAI_ADMIN, before);
        }

        @Test
        @DisplayName("a save without If-Match once a version exists is refused as based on nothing")
        void missingBasedOnIsRefused() {
            List<StoredProfileVersion> before = List.of(bed.seed(QINGHAI, 1, QINGHAI_V1));
            String text = bed.document("qinghai v2", QINGHAI_V1);

            StaleProfileVersion stale = staleVersionOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.empty()));

            assertThat(stale.latest()).isEqualTo(1);
            assertThat(stale.basedOnNothing()).isTrue();
            assertNothingSavedFor(QINGHAI_ADMIN, before);
        }

        @Test
        @DisplayName("a number taken meanwhile by another save is refused by the store, and no audit is written")
        void numberTakenMeanwhileIsRefused() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.queries.versions(QINGHAI_ADMIN);
            StoredProfileVersion concurrent = bed.seed(QINGHAI, 2, QINGHAI_V1);
            String text = bed.document("qinghai v2 too", QINGHAI_V1);

            StaleProfileVersion stale = staleVersionOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.of(1)));

            assertThat(stale.latest()).isEqualTo(2);
            assertThat(bed.versions.stored(QINGHAI)).hasSize(2).contains(concurrent);
            assertThat(bed.audit.stored(QINGHAI)).isEmpty();
        }

        @Test
        @DisplayName("after a save refused for a number taken meanwhile, a retry on the real latest version succeeds")
        void retryAfterTakenNumberSucceeds() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            bed.queries.versions(QINGHAI_ADMIN);
            bed.seed(QINGHAI, 2, QINGHAI_V1);
            String text = bed.document("qinghai v3", QINGHAI_V1);
            staleVersionOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.of(1)));

            ProfileVersion saved = bed.edit.save(QINGHAI_ADMIN, text, Optional.of(2));

            assertThat(saved.number()).isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("an invalid profile")
    class Invalid {

        @Test
        @DisplayName("a document whose profile names another owner is refused at /profile, and nothing is stored")
        void anotherOwnerIsRefused() {
            String text = bed.document("hunan v1", profile("hunan").rules(conductRule("HN-1")).build());

            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.empty()));

            assertThat(pathsOf(invalid)).containsExactly("/profile");
            assertThat(invalid.problems().getFirst().message()).contains("hunan", "qinghai");
            assertNothingSavedFor(QINGHAI_ADMIN, List.of());
        }

        @Test
        @DisplayName("an activity type that neither the profile nor what it inherits defines is refused at its place in the quota")
        void unknownActivityTypeIsRefused() {
            String text = bed.document("qinghai v1", profile("qinghai").rules(quotaRule("QH-7.2", 3, "LIAISON_ROOM_ACTIVITY")).build());

            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.empty()));

            assertThat(pathsOf(invalid)).containsExactly("/rules/0/quota/counts/0");
            assertThat(invalid.problems().getFirst().message()).contains("LIAISON_ROOM_ACTIVITY");
            assertNothingSavedFor(QINGHAI_ADMIN, List.of());
        }

        @Test
        @DisplayName("a profile that inherits itself is refused at /inherits")
        void inheritingItselfIsRefused() {
            String text = bed.document("qinghai v1", profile("qinghai").inherits("qinghai").build());

            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.empty()));

            assertThat(pathsOf(invalid)).containsExactly("/inherits");
            assertNothingSavedFor(QINGHAI_ADMIN, List.of());
        }

        @Test
        @DisplayName("a province inheriting a county that falls back to that province is a cycle, refused at /inherits")
        void cycleThroughAChildIsRefused() {
            bed.seed(DATONG, 1, profile("datong").rules(conductRule("DT-1")).build());
            String text = bed.document("qinghai v1", profile("qinghai").inherits("datong").build());

            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.empty()));

            assertThat(pathsOf(invalid)).containsExactly("/inherits");
            assertThat(invalid.problems().getFirst().message()).contains("qinghai", "datong");
        }

        @Test
        @DisplayName("a text the reader cannot make a profile of is refused with the reader's schema problem")
        void unreadableDocumentIsRefused() {
            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.save(QINGHAI_ADMIN, "profile: [", Optional.empty()));

            assertThat(invalid.problems()).containsExactly(new ProfileProblem("", FakePolicyDocuments.NOT_A_PROFILE));
            assertNothingSavedFor(QINGHAI_ADMIN, List.of());
        }

        @Test
        @DisplayName("an invalid profile is refused before If-Match is looked at")
        void invalidBeatsStale() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            String text = bed.document("qinghai v2", profile("qinghai").inherits("qinghai").build());

            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.save(QINGHAI_ADMIN, text, Optional.empty()));

            assertThat(pathsOf(invalid)).containsExactly("/inherits");
        }
    }

    @Nested
    @DisplayName("the effective profile with a draft")
    class WithDraft {

        @Test
        @DisplayName("resolves the draft as the next version over what the congress inherits, and stores nothing")
        void draftInForceStoresNothing() {
            bed.seed(QINGHAI, 1, QINGHAI_V1);
            PolicyProfile v2 = profile("qinghai").rules(quotaRule("QH-7.2", 4, "STATION_RECEPTION"), conductRule("QH-6.3")).build();
            List<StoredProfileVersion> before = bed.versions.stored(QINGHAI);

            var effective = bed.edit.effectiveWith(QINGHAI_ADMIN, bed.document("qinghai v2", v2), v2.effectiveFrom());

            assertThat(effective.rules()).filteredOn(rule -> rule.value().rule().equals("QH-7.2")).singleElement()
                    .satisfies(rule -> {
                        assertThat(rule.value().quota().orElseThrow().minimum()).isEqualTo(4);
                        assertThat(rule.version()).isEqualTo(2);
                    });
            assertNothingSavedFor(QINGHAI_ADMIN, before);
            assertThat(bed.transactions.log()).containsExactly(new UnitOfWork(QINGHAI, true));
        }

        @Test
        @DisplayName("refuses a draft with problems, naming them")
        void invalidDraftRefused() {
            String text = bed.document("qinghai bad", profile("qinghai").rules(quotaRule("QH-7.2", 1, "NO_SUCH_TYPE")).build());

            InvalidProfile invalid = invalidProfileOf(() -> bed.edit.effectiveWith(QINGHAI_ADMIN, text, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate()));

            assertThat(pathsOf(invalid)).containsExactly("/rules/0/quota/counts/0");
        }
    }

    @Nested
    @DisplayName("validating")
    class Validate {

        @Test
        @DisplayName("returns every problem of the draft and stores nothing")
        void returnsProblemsAndStoresNothing() {
            String text = bed.document("hunan v1", profile("hunan").rules(quotaRule("HN-2", 1, "LIAISON_ROOM_ACTIVITY")).build());

            List<ProfileProblem> problems = bed.edit.validate(QINGHAI_ADMIN, text);

            assertThat(problems).extracting(ProfileProblem::path).containsExactly("/profile", "/rules/0/quota/counts/0");
            assertNothingSavedFor(QINGHAI_ADMIN, List.of());
            assertThat(bed.transactions.log()).containsExactly(new UnitOfWork(QINGHAI, true));
        }

        @Test
        @DisplayName("finds no problem in a valid draft, and stores nothing")
        void validDraftHasNoProblems() {
            List<ProfileProblem> problems = bed.edit.validate(QINGHAI_ADMIN, bed.document("qinghai v1", QINGHAI_V1));

            assertThat(problems).isEmpty();
            assertNothingSavedFor(QINGHAI_ADMIN, List.of());
        }

        @Test
        @DisplayName("checks a county's draft against what it inherits from its province: the province's types and rules count")
        void countyDraftSeesItsProvince() {
            bed.seed(QINGHAI, 1, profile("qinghai").types(type("LIAISON_ROOM_ACTIVITY")).rules(conductRule("QH-6.3")).build());
            PolicyProfile draft = profile("datong").rules(quotaRule("DT-1", 2, "LIAISON_ROOM_ACTIVITY"))
                    .disable("QH-6.3", "本县另有规定").build();

            List<ProfileProblem> problems = bed.edit.validate(adminOf(DATONG), bed.document("datong v1", draft));

            assertThat(problems).isEmpty();
        }

        @Test
        @DisplayName("checks a draft against the profile it names in inherits, not its parent congress's")
        void draftSeesTheProfileItInherits() {
            bed.seed(QINGHAI, 1, profile("qinghai").types(type("LIAISON_ROOM_ACTIVITY")).rules(conductRule("QH-6.3")).build());
            PolicyProfile draft = profile("datong").inherits("hunan").rules(quotaRule("DT-1", 2, "LIAISON_ROOM_ACTIVITY"))
                    .disable("QH-6.3", "本县另有规定").build();

            List<ProfileProblem> problems = bed.edit.validate(adminOf(DATONG), bed.document("datong v1", draft));

            assertThat(problems).extracting(ProfileProblem::path).containsExactlyInAnyOrder("/rules/0/quota/counts/0", "/disabled/0/rule");
        }
    }

    @Test
    @DisplayName("a save lands in the caller's own congress only")
    void saveLandsInOwnCongress() {
        bed.edit.save(adminOf(HUNAN), bed.document("hunan v1", profile("hunan").rules(conductRule("HN-1")).build()), Optional.empty());

        assertThat(bed.versions.stored(HUNAN)).hasSize(1);
        assertThat(bed.versions.stored(QINGHAI)).isEmpty();
        assertThat(bed.audit.stored(HUNAN)).hasSize(1);
        assertThat(bed.audit.stored(QINGHAI)).isEmpty();
    }
}
