package org.lvzhi.architecture.violations.application.delta.port.in;

/** Two use cases that both change a delta: one tells of it, one does not. */
public interface DeltaUseCases {

    void change(String value);

    void changeAndTell(String value);
}
