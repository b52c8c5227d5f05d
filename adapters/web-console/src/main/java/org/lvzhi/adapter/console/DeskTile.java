package org.lvzhi.adapter.console;

import java.util.Optional;

/** One count on the desk's home page, and the list it opens when there is one. */
public record DeskTile(String label, long count, Optional<String> href, String tone) {
}
