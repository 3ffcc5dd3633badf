package org.kepu.portal.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with an upsert. Two requests of one session in parallel (a double
 * click, two tabs) each load the session without, say, the flash map and each insert it; the plain
 * INSERT of Spring Session then fails the second with a duplicate key and the user sees a 500. On
 * PostgreSQL Spring Session's own customizer ({@code ON CONFLICT DO UPDATE}); on H2 its {@code MERGE
 * ... KEY}, which H2 does not accept the PostgreSQL form of.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String product = databaseProduct(dataSource);
        if (product.contains("PostgreSQL")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.contains("H2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        return repository -> {};
    }

    private static String databaseProduct(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return String.valueOf(
                    JdbcUtils.commonDatabaseName(connection.getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", e);
        }
    }
}
