package org.lvzhi.adapter.web.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.deputy.DeputySearch;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.StatusChange;

/** The register of deputies, read and kept, as the test scripts it. */
@Singleton
@Replaces(DeputyQueries.class)
public class FakeDeputies extends ScriptedUseCases implements DeputyQueries {

    @Override
    public DeputyView find(ActingCaller caller, DeputyId id) {
        return call("find", caller, id);
    }

    @Override
    public DeputyView own(ActingCaller caller) {
        return call("own", caller);
    }

    @Override
    public Page<DeputyView> search(ActingCaller caller, DeputySearch search, PageRequest page) {
        return call("search", caller, search, page);
    }

    @Override
    public List<StatusChange> statusChanges(ActingCaller caller, DeputyId id) {
        return call("statusChanges", caller, id);
    }

    /** Keeping the register, scripted alike. */
    @Singleton
    @Replaces(DeputyRegisterUseCase.class)
    public static class Register extends ScriptedUseCases implements DeputyRegisterUseCase {

        @Override
        public DeputyView register(CongressId congress, RegisterDeputyCommand command) {
            return call("register", congress, command);
        }

        @Override
        public DeputyView update(CongressId congress, DeputyId id, UpdateDeputyCommand command) {
            return call("update", congress, id, command);
        }

        @Override
        public DeputyView changeStatus(ActingCaller caller, DeputyId id, ChangeDeputyStatusCommand command) {
            return call("changeStatus", caller, id, command);
        }
    }
}
