package org.lvzhi.adapter.console;

import java.util.Optional;

/** A line of a suggestion list: its sponsors, where it stands, who handles it and the clock it runs on. */
public record SuggestionRow(String id, String title, String sponsors, String state, String units, Optional<SuggestionClock> clock) {
}
