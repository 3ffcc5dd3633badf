package org.kepu.portal.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that drive Debian's headless Chromium. Without {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver} they are skipped on a developer's machine, but fail when {@code CI=true}:
 * a build server that lost its browser must not turn the browser tests silently green.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ChromiumCondition.class)
public @interface RequiresChromium {}
