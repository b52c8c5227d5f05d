package org.lvzhi.application.shared;

/**
 * The resource does not exist in the acting congress. Another congress's resource is reported the same way,
 * so nothing about it leaks.
 */
public class NotFound extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFound(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = String.valueOf(id);
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
