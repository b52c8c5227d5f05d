package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;

/** Loads a suggestion the caller sees (any other answers as missing) and says who acts when. */
@Singleton
class SuggestionRecords {

    private final SuggestionPort suggestions;
    private final SuggestionAuthority authority;
    private final Clock clock;

    SuggestionRecords(SuggestionPort suggestions, SuggestionAuthority authority, Clock clock) {
        this.suggestions = suggestions;
        this.authority = authority;
        this.clock = clock;
    }

    Suggestion visible(ActingCaller caller, SuggestionId id) {
        return suggestions.find(id).filter(found -> SuggestionAuthority.sees(authority.scope(caller, LegalDate.today(clock)), found))
                .orElseThrow(() -> new NotFound("suggestion", id));
    }

    /** The suggestion locked for a change, if the caller sees it. */
    Suggestion forChange(ActingCaller caller, SuggestionId id) {
        return suggestions.lock(id).filter(found -> SuggestionAuthority.sees(authority.scope(caller, LegalDate.today(clock)), found))
                .orElseThrow(() -> new NotFound("suggestion", id));
    }

    SuggestionAction.Acting acting(ActingCaller caller) {
        return new SuggestionAction.Acting(caller.subject(), clock.instant(), LegalDate.today(clock));
    }
}
