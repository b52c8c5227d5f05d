package org.lvzhi.application.shared;

/** The caller is known but may not do this; the message is Chinese and safe to show. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
