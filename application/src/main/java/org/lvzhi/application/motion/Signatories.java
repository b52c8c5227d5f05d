package org.lvzhi.application.motion;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/**
 * The deputies a proposal names: each a serving deputy of the acting congress in the lead sponsor's term, and the
 * register's count of serving deputies a share (1/10 of all deputies) is taken of.
 */
@Singleton
class Signatories {

    private static final Messages MESSAGES = Messages.of(Signatories.class);

    private final LoadDeputyPort deputies;

    Signatories(LoadDeputyPort deputies) {
        this.deputies = deputies;
    }

    /** The signatories' seats, in order; every one that is unknown, not serving or of another term is named. */
    List<DeputyView> serving(List<DeputyId> ids) {
        if (ids.isEmpty()) {
            throw MESSAGES.violation("signatories", "signatories.none");
        }
        Violations violations = new Violations();
        List<DeputyView> found = new ArrayList<>();
        Optional<TermId> term = Optional.empty();
        for (int i = 0; i < ids.size(); i++) {
            Optional<DeputyView> deputy = deputies.find(ids.get(i));
            String field = "signatories." + i;
            if (deputy.isEmpty()) {
                violations.add(MESSAGES.violation(field, "signatory.unknown", ids.get(i)));
                continue;
            }
            DeputyView view = deputy.get();
            term = term.or(() -> Optional.of(view.deputy().term()));
            if (view.deputy().status() != DeputyStatus.ACTIVE) {
                violations.add(MESSAGES.violation(field, "signatory.not-serving", view.person().name(), view.deputy().status()));
            } else if (!view.deputy().term().equals(term.get())) {
                violations.add(MESSAGES.violation(field, "signatory.other-term", view.person().name()));
            }
            found.add(view);
        }
        violations.throwIfAny();
        return found;
    }

    /** How many deputies of the term serve now (status ACTIVE): the whole a share is taken of. */
    int servingIn(TermId term) {
        DeputySearch search = new DeputySearch(Optional.empty(), Optional.of(term), Optional.of(DeputyStatus.ACTIVE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return Math.toIntExact(deputies.search(search, new PageRequest(0, 1)).total());
    }

    /** The seat of the caller in the acting congress, when the caller is a deputy of it. */
    Optional<DeputyId> seatOf(ActingCaller caller) {
        try {
            return deputies.findByLogin(new Login(caller.subject())).map(view -> view.deputy().id());
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }
}
