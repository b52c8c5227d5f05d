package org.lvzhi.application.congress;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.congress.event.TermOpened;
import org.lvzhi.application.congress.port.in.OpenTermCommand;
import org.lvzhi.application.congress.port.in.TermUseCases;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.SaveTermPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;

@Singleton
class TermService implements TermUseCases {

    private final TransactionPort transactions;
    private final LoadTermsPort loadTerms;
    private final SaveTermPort saveTerm;
    private final NotificationPort notifications;

    TermService(TransactionPort transactions, LoadTermsPort loadTerms, SaveTermPort saveTerm, NotificationPort notifications) {
        this.transactions = transactions;
        this.loadTerms = loadTerms;
        this.saveTerm = saveTerm;
        this.notifications = notifications;
    }

    @Override
    public Term open(CongressId congress, OpenTermCommand command) {
        Term term = new Term(TermId.random(), command.number(), command.startsOn(), command.endsOn());
        return transactions.inCongress(congress, () -> {
            loadTerms.calendar().add(term);
            saveTerm.add(term);
            notifications.send(Notification.of(congress, new TermOpened(term.id(), term.number(), term.startsOn(), term.endsOn()),
                    List.of()));
            return term;
        });
    }

    @Override
    public List<Term> list(CongressId congress) {
        return transactions.readInCongress(congress, () -> loadTerms.calendar().terms());
    }
}
