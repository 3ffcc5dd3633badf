package org.kepu.content.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which town each REGISTRAR reports for. */
@Service
public class RegistrarTowns {

    private final JdbcClient jdbc;

    RegistrarTowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registrar account with its town, if bound. */
    public record Binding(long accountId, String username, String displayName, String townCode) {}

    public Optional<String> townOf(long accountId) {
        return jdbc.sql("select town_code from registrar_town where account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional();
    }

    @Transactional
    public void bind(long accountId, String townCode) {
        jdbc.sql("delete from registrar_town where account_id = ?")
                .param(accountId)
                .update();
        if (townCode != null && !townCode.isBlank()) {
            jdbc.sql("insert into registrar_town (account_id, town_code) values (?, ?)")
                    .params(accountId, townCode)
                    .update();
        }
    }

    /** Every account with the REGISTRAR role and its town. */
    public List<Binding> registrars() {
        return jdbc.sql("select a.id, a.username, a.display_name, t.town_code from account a"
                        + " join account_role r on r.account_id = a.id and r.role = 'REGISTRAR'"
                        + " left join registrar_town t on t.account_id = a.id order by a.username")
                .query((rs, n) -> new Binding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
