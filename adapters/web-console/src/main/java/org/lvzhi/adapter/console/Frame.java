package org.lvzhi.adapter.console;

import java.util.List;

/**
 * What every console page shows around its own content: its title, the congress it acts in (by name), who is signed
 * in, the sections the person may open, whether they may switch congress, and how many of their messages are unread.
 */
public record Frame(String title, String congress, String user, List<Link> sections, boolean severalCongresses, long unread) {

    public record Link(String href, String label) {
    }
}
