package org.lvzhi.adapter.console;

import java.util.List;

/**
 * What every console page shows around its own content: its title, the congress it acts in (by name), who is signed
 * in, the sections the person may open, and whether they may switch congress.
 */
public record Frame(String title, String congress, String user, List<Link> sections, boolean severalCongresses) {

    public record Link(String href, String label) {
    }
}
