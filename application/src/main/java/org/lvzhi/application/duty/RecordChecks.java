package org.lvzhi.application.duty;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.shared.Messages;

/** The lookups every registration starts with, each failing with the field it concerns. */
@Singleton
class RecordChecks {

    private static final Messages MESSAGES = Messages.of(RecordChecks.class);

    private final LoadDeputyPort deputies;
    private final LoadTermsPort terms;
    private final PolicyProfileQueries profiles;

    RecordChecks(LoadDeputyPort deputies, LoadTermsPort terms, PolicyProfileQueries profiles) {
        this.deputies = deputies;
        this.terms = terms;
        this.profiles = profiles;
    }

    DeputyView deputy(DeputyId id) {
        return deputies.find(id).orElseThrow(() -> MESSAGES.violation("deputyId", "deputy.unknown", id));
    }

    Term termOf(DeputyView deputy) {
        return terms.find(deputy.deputy().term()).orElseThrow();
    }

    /** The type as the profile in force on the date defines it. */
    ActivityType checkedType(CongressId congress, String code, LocalDate on) {
        return profiles.effectiveIn(congress, on).activityType(code == null ? "" : code.strip())
                .orElseThrow(() -> MESSAGES.violation("type", "type.unknown", code));
    }

    void checkDate(DeputyView deputy, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw MESSAGES.violation("date", "date.future");
        }
        Term term = termOf(deputy);
        if (!term.covers(date)) {
            throw MESSAGES.violation("date", "date.outside-term", date, term.startsOn(), term.endsOn());
        }
    }
}
