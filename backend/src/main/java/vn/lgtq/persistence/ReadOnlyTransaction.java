package vn.lgtq.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read in a transaction of its own whose session never flushes and loads entities read-only: no snapshot of what it
 * loads and no dirty check before each native query or at commit (for a dashboard that reads 50 units, the dirty
 * checks cost more than its figures). Called within a caller's transaction, it joins it and leaves its session alone.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyTransaction {
}
