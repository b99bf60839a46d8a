package vn.lgtq.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts every call of the annotated resource method against the caller's budget per minute. Bound to the matched
 * method, not to a path, so no spelling of the path (double slashes, percent-encoding, dot segments) avoids it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {
    /** Requests this call is worth: writes cost more than reads. */
    int cost() default 1;
}
