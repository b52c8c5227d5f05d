package org.lvzhi.application.policy;

import org.lvzhi.application.policy.event.PolicyProfileSaved;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.policy.port.in.InvalidProfile;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.ProfileObserver;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.out.PolicyDocumentPort;
import org.lvzhi.application.policy.port.out.ProfileAuditPort;
import org.lvzhi.application.policy.port.out.ProfileVersionsPort;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileValidator;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

@Singleton
class PolicyProfileEditService implements EditPolicyProfileUseCase {

    private static final Messages MESSAGES = Messages.of(PolicyProfileEditService.class);

    private final TransactionPort transactions;
    private final PolicyDocumentPort documents;
    private final ProfileHistories histories;
    private final ProfileVersionsPort versions;
    private final ProfileAuditPort audit;
    private final Clock clock;
    private final NotificationPort notifications;
    private final List<ProfileObserver> observers;

    PolicyProfileEditService(TransactionPort transactions, PolicyDocumentPort documents, ProfileHistories histories,
                             ProfileVersionsPort versions, ProfileAuditPort audit, Clock clock, NotificationPort notifications,
                             List<ProfileObserver> observers) {
        this.transactions = transactions;
        this.documents = documents;
        this.histories = histories;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
        this.notifications = notifications;
        this.observers = List.copyOf(observers);
    }

    @Override
    public List<ProfileProblem> validate(ActingCaller caller, String document) {
        return transactions.readInCongress(caller.congress(), () -> check(caller.congress(), document).problems());
    }

    @Override
    public EffectiveProfile effectiveWith(ActingCaller caller, String document, LocalDate on) {
        String owner = caller.congress().value();
        return transactions.readInCongress(caller.congress(), () -> {
            PolicyProfile draft = valid(check(caller.congress(), document));
            ProfileHistory own = histories.of(owner);
            List<ProfileVersion> versions = new ArrayList<>(own.versions());
            versions.add(new ProfileVersion(own.nextNumber(), draft, clock.instant(), caller.subject()));
            ProfileHistory candidate = new ProfileHistory(owner, versions);
            List<String> lineage = histories.lineage(owner, candidate.inForceOn(on).flatMap(v -> v.profile().inherits()), on);
            List<ProfileHistory> chain = new ArrayList<>(lineage.subList(0, lineage.size() - 1).stream().map(histories::of).toList());
            chain.add(candidate);
            return ProfileResolver.resolve(owner, chain, on);
        });
    }

    @Override
    public ProfileVersion save(ActingCaller caller, String document, Optional<Integer> basedOn) {
        CongressId owner = caller.congress();
        ProfileVersion saved;
        try {
            saved = transactions.inCongress(owner, () -> saveChecked(caller, document, basedOn));
        } finally {
            // Success or not: a refusal can mean this node's cached history was behind the store.
            histories.forget(owner.value());
        }
        observers.forEach(observer -> tell(observer, owner));
        return saved;
    }

    /** The version is committed: an observer that fails is logged by itself and caught up later, never undoes it. */
    private static void tell(ProfileObserver observer, CongressId owner) {
        try {
            observer.saved(owner);
        } catch (RuntimeException failure) {
            System.getLogger(PolicyProfileEditService.class.getName()).log(System.Logger.Level.WARNING,
                    "after the profile of " + owner.value() + " was saved, " + observer.getClass().getSimpleName() + " failed", failure);
        }
    }

    private ProfileVersion saveChecked(ActingCaller caller, String document, Optional<Integer> basedOn) {
        CongressId owner = caller.congress();
        PolicyProfile draft = valid(check(owner, document));
        ProfileHistory history = histories.of(owner.value());
        requireLatest(history, basedOn);
        ProfileVersion version = new ProfileVersion(history.nextNumber(), draft, clock.instant(), caller.subject());
        versions.add(new StoredProfileVersion(version.number(), document, version.savedAt(), version.savedBy()));
        audit.add(new ProfileAuditEntry(owner.value(), version.number(), version.savedAt(), version.savedBy(),
                changes(history.latest().map(ProfileVersion::profile), version.profile())));
        notifications.send(Notification.of(owner, new PolicyProfileSaved(version.number(), version.profile().effectiveFrom(),
                version.savedBy()), List.of()));
        return version;
    }

    private static PolicyProfile valid(Checked checked) {
        if (!checked.problems().isEmpty()) {
            throw new InvalidProfile(checked.problems());
        }
        return checked.profile().orElseThrow();
    }

    private void requireLatest(ProfileHistory history, Optional<Integer> basedOn) {
        Optional<Integer> latest = history.latest().map(ProfileVersion::number);
        if (basedOn.equals(latest)) {
            return;
        }
        if (latest.isEmpty()) {
            throw new StaleProfileVersion(0, basedOn, MESSAGES.text("if-match.none", basedOn.orElseThrow()));
        }
        throw new StaleProfileVersion(latest.get(), basedOn, MESSAGES.text(
                basedOn.isEmpty() ? "if-match.required" : "if-match.stale", basedOn.orElse(0), latest.get()));
    }

    private Checked check(CongressId owner, String document) {
        PolicyDocumentPort.ParsedDocument parsed = documents.read(document);
        if (parsed.profile().isEmpty()) {
            return new Checked(Optional.empty(), parsed.problems());
        }
        PolicyProfile draft = parsed.profile().get();
        List<ProfileProblem> problems = new ArrayList<>(parsed.problems());
        if (!draft.profile().equals(owner.value())) {
            problems.add(new ProfileProblem("/profile", MESSAGES.text("owner.mismatch", draft.profile(), owner.value())));
        }
        try {
            List<String> lineage = histories.lineage(owner.value(), draft.inherits(), draft.effectiveFrom());
            List<ProfileHistory> ancestors = lineage.subList(0, lineage.size() - 1).stream().map(histories::of).toList();
            EffectiveProfile inherited = ProfileResolver.resolve(owner.value(), ancestors, draft.effectiveFrom());
            problems.addAll(ProfileValidator.validate(draft, inherited));
        } catch (InvariantViolation cycle) {
            cycle.violations().forEach(v -> problems.add(new ProfileProblem(v.field(), v.message())));
        }
        return new Checked(Optional.of(draft), problems);
    }

    private static List<String> changes(Optional<PolicyProfile> before, PolicyProfile after) {
        if (before.isEmpty()) {
            return List.of(MESSAGES.text("audit.first", after.rules().size()));
        }
        ProfileDiff.Result diff = ProfileDiff.between(before.get(), after);
        List<String> lines = new ArrayList<>();
        diff.rules().forEach(c -> lines.add(c.change() + " " + c.rule()));
        diff.others().forEach(c -> lines.add(c.change() + " " + c.part() + " " + c.key()));
        return lines.isEmpty() ? List.of(MESSAGES.text("audit.unchanged")) : lines;
    }

    private record Checked(Optional<PolicyProfile> profile, List<ProfileProblem> problems) {
    }
}
