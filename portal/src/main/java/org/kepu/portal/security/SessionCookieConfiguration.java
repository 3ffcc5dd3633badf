package org.kepu.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The session cookie of the database sessions. Spring Session by default clears the cookie of a
 * request whose session no longer exists; right after a login (which renames the session) a
 * request still in flight with the old id would then clear the new cookie and log the user out.
 * An unknown id is simply ignored instead: the cookie is replaced when a new session is made.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // one session for both languages: under /mn the context path the application sees is /mn
        cookie.setCookiePath("/");
        CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
        cookies.setCookieSerializer(cookie);
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                return cookies.resolveSessionIds(request);
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                cookies.setSessionId(request, response, sessionId);
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                // logout invalidates the session row itself; a stale cookie is harmless
            }
        };
    }
}
