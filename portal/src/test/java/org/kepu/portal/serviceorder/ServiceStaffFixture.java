package org.kepu.portal.serviceorder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.serviceorder.NewServiceOrder;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.portal.PageSession;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people of the staff pages' tests: accounts with roles or with a scope only, signed in through
 * the login form, and a resident's order placed through the content service.
 */
final class ServiceStaffFixture {

    static final String TOWN = "ejinhoro";
    static final String OTHER_TOWN = "jasag";
    static final String PHONE = "13800138000";
    static final String PASSWORD = "服务点单-Mima-2026";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ServiceDirectory directory;
    private final ServiceOrders orders;
    private final Function<String, URI> uri;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);

    ServiceStaffFixture(
            Accounts accounts,
            PasswordEncoder encoder,
            ServiceDirectory directory,
            ServiceOrders orders,
            Function<String, URI> uri) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
        this.orders = orders;
        this.uri = uri;
    }

    /** A new volunteer team of the town, named uniquely. */
    long team(String name) {
        return directory.addTeam(name + suffix, TOWN, null, Instant.now()).id();
    }

    /** Signs in a new account holding {@code roles} (none for most service staff). */
    PageSession account(String name, Set<Role> roles) {
        create(name, roles);
        return PageSession.login(uri, name + "-" + suffix, PASSWORD);
    }

    /** Signs in a new account with no role, bound by the administrator to one scope. */
    PageSession staff(String name, ScopeKind kind, String scope) {
        long id = create(name, Set.of());
        directory.grant(id, kind, scope, "kepu-admin");
        return PageSession.login(uri, name + "-" + suffix, PASSWORD);
    }

    /** The API's HTTP Basic header of an account made by {@link #account} or {@link #staff}. */
    String basic(String name) {
        String pair = name + "-" + suffix + ":" + PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the department with this code (gongan: 旗公安局). */
    long department(String code) {
        return directory.departments().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A resident's order in the town, as the API or the phone form places it. */
    ServiceOrders.Placed order(String topic) {
        return orders.place(new NewServiceOrder(
                topic + suffix, null, TOWN, null, "新街村文化室", "elderly", 40, "12 月中旬的周末上午", "张大爷", PHONE, true));
    }

    private long create(String name, Set<Role> roles) {
        String username = name + "-" + suffix;
        EnumSet<Role> held = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return accounts.add(Account.create(username, encoder.encode(PASSWORD), username, held, Instant.now()))
                .getId();
    }
}
