package org.lvzhi.architecture.violations.application.delta;

import java.util.List;
import org.lvzhi.application.event.Event;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.architecture.violations.application.delta.port.in.DeltaUseCases;
import org.lvzhi.architecture.violations.application.delta.port.out.DeltaPort;
import org.lvzhi.domain.congress.CongressId;

/** Changes a delta inside a lambda, as the services do in their transactions; only one of its use cases tells of it. */
class DeltaService implements DeltaUseCases {

    private final DeltaPort deltas;
    private final NotificationPort notifications;

    DeltaService(DeltaPort deltas, NotificationPort notifications) {
        this.deltas = deltas;
        this.notifications = notifications;
    }

    @Override
    public void change(String value) {
        Runnable work = () -> deltas.update(value);
        work.run();
    }

    @Override
    public void changeAndTell(String value) {
        deltas.update(value);
        tell(value);
    }

    private void tell(String value) {
        notifications.send(Notification.of(new CongressId("delta"), new DeltaChanged(value), List.of()));
    }

    record DeltaChanged(String value) implements Event {

        @Override
        public String code() {
            return "delta.changed";
        }
    }
}
