package org.kepu.portal.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.kepu.content.account.AccountAccessChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How long sessions live, and the end of every session of an account whose access changed. The
 * idle timeout is the database sessions' own; the absolute lifetime is checked per request by
 * {@link AccountAccessFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionSettings.class)
class SessionLimits {

    /** Runs after Spring Boot's own customizer (which applies {@code spring.session.timeout}). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(SessionSettings settings) {
        return repository -> repository.setDefaultMaxInactiveInterval(settings.idleTimeout());
    }

    @Bean
    SessionTermination sessionTermination(
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        return new SessionTermination(sessions);
    }

    /**
     * Deletes the account's sessions once the change commits. The session serving this very request
     * is left to the security stamp: deleting it under the running request would make its end-of-request
     * save fail; its next request is refused anyway (or, after the account's own password change, it
     * carries the new stamp).
     */
    static final class SessionTermination {

        private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

        SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
            this.sessions = sessions;
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(AccountAccessChanged changed) {
            FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
            if (repository == null) {
                return;
            }
            Optional<String> current = currentSessionId();
            repository.findByPrincipalName(changed.username()).keySet().stream()
                    .filter(id -> current.map(c -> !c.equals(id)).orElse(true))
                    .forEach(repository::deleteById);
        }

        private static Optional<String> currentSessionId() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                return Optional.ofNullable(attributes.getRequest().getSession(false))
                        .map(HttpSession::getId);
            }
            return Optional.empty();
        }
    }
}
