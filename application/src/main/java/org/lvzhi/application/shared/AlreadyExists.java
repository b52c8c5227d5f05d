package org.lvzhi.application.shared;

/** The resource to create exists already under that identifier; the message says so in Chinese. */
public class AlreadyExists extends RuntimeException {

    public AlreadyExists(String message) {
        super(message);
    }
}
