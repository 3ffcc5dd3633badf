package org.kepu.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff land on a workbench that links every place their roles open and nothing else: each link,
 * followed as that role, answers with its page, never 403 or 404.
 */
class WorkbenchIntegrationTests extends PortalIntegrationTest {

    private static final Pattern AREA = Pattern.compile("href=\"([^\"]+)\" data-area=\"([^\"]+)\"");
    private static final String PASSWORD = "工作台-Mima-2026";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void everyRoleLandsOnAWorkbenchWhoseEveryLinkOpens() {
        for (Role role : List.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN, Role.REGISTRAR, Role.JUDGE)) {
            PageSession staff = signedIn(role);
            HttpResponse<String> landing = staff.get("/login/landing");
            assertThat(landing.headers().firstValue("Location").orElse(""))
                    .as("%s lands on the workbench", role)
                    .endsWith("/workbench");
            HttpResponse<String> workbench = staff.get("/workbench");
            assertThat(workbench.statusCode()).isEqualTo(200);
            List<String> links = links(workbench.body());
            assertThat(links).as("%s has places to go", role).isNotEmpty();
            for (String link : links) {
                assertThat(staff.get(link).statusCode())
                        .as("%s follows %s", role, link)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void aRegistrarSeesRegistrationsAndNotUsers() {
        PageSession registrar = signedIn(Role.REGISTRAR);
        String workbench = registrar.get("/workbench").body();
        assertThat(links(workbench))
                .contains("/registrar/registrations", "/indicators", "/account/password")
                .doesNotContain("/admin/users", "/editor/articles", "/editor/columns", "/judge");
        assertThat(registrar.get("/").body())
                .as("the layout's 工作台 link leads to the workbench, not to a 404")
                .contains("href=\"/workbench\"");
        assertThat(registrar.get("/registrar").headers().firstValue("Location").orElse(""))
                .as("the old address of the registrar's desk")
                .endsWith("/registrar/registrations");
    }

    @Test
    void anEditorSeesTheContentPlacesAndNoAdministration() {
        List<String> links = links(signedIn(Role.EDITOR).get("/workbench").body());
        assertThat(links)
                .contains(
                        "/editor/articles", "/editor/columns", "/creator/videos", "/editor/notice", "/editor/contests")
                .doesNotContain("/admin/users", "/admin/audit", "/registrar/registrations", "/judge");
    }

    @Test
    void aRefusedPageSaysTheAccountLacksTheRightAndOffersTheWorkbench() {
        HttpResponse<String> refused = signedIn(Role.REGISTRAR).get("/admin/users");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("没有权限")
                .contains("您的账号没有打开这个页面的权限")
                .contains("href=\"/workbench\"")
                .doesNotContain("参数不正确");
    }

    @Test
    void anExpiredFormIsNotCalledAMissingRight() {
        // a token that no longer matches, as after the session expired: the first _csrf value counts
        HttpResponse<String> stale = signedIn(Role.EDITOR).post("/editor/notice/lower", "_csrf", "abgelaufen");
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("页面已过期").doesNotContain("没有打开这个页面的权限");
    }

    @Test
    void aCreatorLandsOnTheirEntriesAndHasNoWorkbench() {
        PageSession creator = signedIn(Role.CREATOR);
        assertThat(creator.get("/login/landing")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/creator/entries");
        HttpResponse<String> workbench = creator.get("/workbench");
        assertThat(workbench.statusCode()).isEqualTo(403);
        assertThat(workbench.body()).contains("没有权限").doesNotContain("href=\"/workbench\"");
    }

    private PageSession signedIn(Role role) {
        String username = "wb-" + role.name().toLowerCase() + "-" + System.nanoTime() % 1_000_000;
        accounts.add(Account.create(
                username, encoder.encode(PASSWORD), "工作台" + role.name(), EnumSet.of(role), Instant.now()));
        return PageSession.login(this::uri, username, PASSWORD);
    }

    private static List<String> links(String page) {
        List<String> links = new ArrayList<>();
        Matcher m = AREA.matcher(page);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
