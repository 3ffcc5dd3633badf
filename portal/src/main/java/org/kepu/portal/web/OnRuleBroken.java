package org.kepu.portal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page's POST handler: when a {@link org.kepu.content.RuleBroken} stops the action,
 * {@link Failures} redirects to {@link #redirectTo()} with the rule's message as the flash
 * {@code problem}, as the handler itself redirects when the action succeeds (post/redirect/get),
 * instead of a try/catch in each handler.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnRuleBroken {

    /** The page to go back to; {@code {name}} takes the request's path variable of that name. */
    String redirectTo();
}
