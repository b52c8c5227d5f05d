package org.lvzhi.application.imports.port.in;

/**
 * Another import of the same rows committed while this one ran; this one is rolled back whole and can simply
 * be repeated (its rows are then skipped). The message is Chinese.
 */
public class ConcurrentImport extends RuntimeException {

    public ConcurrentImport(String message) {
        super(message);
    }
}
