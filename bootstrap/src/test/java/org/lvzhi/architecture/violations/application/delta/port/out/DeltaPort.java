package org.lvzhi.architecture.violations.application.delta.port.out;

public interface DeltaPort {

    void update(String value);
}
