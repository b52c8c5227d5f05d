package org.lvzhi.application.policy;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.ProfileAuditPort;
import org.lvzhi.application.policy.port.out.ProfileVersionsPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileVersion;

@Singleton
class PolicyProfileQueryService implements PolicyProfileQueries {

    private final TransactionPort transactions;
    private final ProfileHistories histories;
    private final ProfileVersionsPort versions;
    private final ProfileAuditPort audit;

    PolicyProfileQueryService(
            TransactionPort transactions, ProfileHistories histories, ProfileVersionsPort versions, ProfileAuditPort audit) {
        this.transactions = transactions;
        this.histories = histories;
        this.versions = versions;
        this.audit = audit;
    }

    @Override
    public EffectiveProfile effective(ActingCaller caller, LocalDate on) {
        return effectiveIn(caller.congress(), on);
    }

    @Override
    public EffectiveProfile effectiveIn(CongressId congress, LocalDate on) {
        String owner = congress.value();
        return transactions.readInCongress(congress, () -> {
            ProfileHistory own = histories.of(owner);
            return ProfileResolver.resolve(owner,
                    histories.chainOf(owner, own.inForceOn(on).flatMap(v -> v.profile().inherits()), on), on);
        });
    }

    @Override
    public List<ProfileVersion> versions(ActingCaller caller) {
        return transactions.readInCongress(caller.congress(), () -> histories.of(caller.congress().value()).versions());
    }

    @Override
    public ProfileVersion version(ActingCaller caller, int number) {
        return transactions.readInCongress(caller.congress(), () -> existing(caller, number));
    }

    @Override
    public String document(ActingCaller caller, int number) {
        return transactions.readInCongress(caller.congress(), () -> versions.versions(caller.congress().value()).stream()
                .filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("profile version", number)).document());
    }

    @Override
    public ProfileDiff.Result diff(ActingCaller caller, int from, int to) {
        return transactions.readInCongress(caller.congress(),
                () -> ProfileDiff.between(existing(caller, from).profile(), existing(caller, to).profile()));
    }

    @Override
    public List<ProfileAuditEntry> audit(ActingCaller caller) {
        return transactions.readInCongress(caller.congress(), audit::entries);
    }

    private ProfileVersion existing(ActingCaller caller, int number) {
        return histories.of(caller.congress().value()).version(number)
                .orElseThrow(() -> new NotFound("profile version", number));
    }
}
