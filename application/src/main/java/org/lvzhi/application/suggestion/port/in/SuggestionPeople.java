package org.lvzhi.application.suggestion.port.in;

import java.util.List;

/**
 * The people a suggestion concerns, by name, for whoever may read it (a handling unit reads no register): its sponsor
 * then its co-sponsors, and who heads its lead unit today, the names a reply may be signed with (BL-13).
 */
public record SuggestionPeople(List<String> sponsors, List<String> leadHeads) {

    public SuggestionPeople {
        sponsors = List.copyOf(sponsors);
        leadHeads = List.copyOf(leadHeads);
    }
}
