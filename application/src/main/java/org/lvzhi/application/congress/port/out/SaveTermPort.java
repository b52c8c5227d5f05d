package org.lvzhi.application.congress.port.out;

import org.lvzhi.domain.congress.Term;

public interface SaveTermPort {

    void add(Term term);
}
