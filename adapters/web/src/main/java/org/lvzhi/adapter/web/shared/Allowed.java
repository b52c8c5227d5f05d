package org.lvzhi.adapter.web.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation a route performs, by its code in the context's access class ({@code SuggestionAccess.HANDLE}): who
 * may call the route is what the access policy grants that operation, never a role list written here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    String value();
}
