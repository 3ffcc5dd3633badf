package org.kepu.portal.workbench;

import java.util.List;
import java.util.Set;

/** The back office's places in the order a working day meets them, grouped as the workbench shows them. */
final class WorkbenchAreas {

    private static final Set<String> WRITERS = Set.of("EDITOR", "ADMIN");
    private static final Set<String> REVIEWERS = Set.of("REVIEWER", "ADMIN");
    private static final Set<String> ADMINS = Set.of("ADMIN");
    private static final Set<String> REGISTRARS = Set.of("REGISTRAR", "ADMIN");

    /**
     * Not a role: held by accounts bound to a town, department or team of science services
     * ({@code ServiceScopes}), and by administrators, who act for all.
     */
    static final String SERVICE_SCOPE = "SERVICE_SCOPE";

    /** Not a role either: the scopes that dispatch (a town's 实践所, a department) and administrators. */
    static final String SERVICE_DISPATCH = "SERVICE_DISPATCH";

    /** A heading and its places. */
    record Group(String key, List<WorkbenchArea> areas) {

        Group forRoles(Set<String> held) {
            return new Group(key, areas.stream().filter(a -> a.opensTo(held)).toList());
        }
    }

    static final List<Group> ALL = List.of(
            new Group(
                    "workbench.group.content",
                    List.of(
                            new WorkbenchArea("/editor/articles", "workbench.articles", WRITERS),
                            new WorkbenchArea("/editor/articles", "workbench.review", Set.of("REVIEWER")),
                            new WorkbenchArea("/editor/articles/new", "workbench.write", WRITERS),
                            new WorkbenchArea("/editor/columns", "workbench.columns", WRITERS),
                            new WorkbenchArea(
                                    "/editor/videos", "workbench.videodesk", Set.of("EDITOR", "REVIEWER", "ADMIN")),
                            new WorkbenchArea("/creator/videos", "workbench.videos", WRITERS),
                            new WorkbenchArea("/editor/notice", "workbench.notice", WRITERS),
                            new WorkbenchArea("/editor/sensitive-words", "workbench.sensitive", REVIEWERS),
                            new WorkbenchArea("/editor/synonyms", "workbench.synonyms", WRITERS))),
            new Group(
                    "workbench.group.contests",
                    List.of(
                            new WorkbenchArea("/admin/contests", "workbench.contests", ADMINS),
                            new WorkbenchArea("/editor/contests", "workbench.screening", WRITERS),
                            new WorkbenchArea("/judge", "workbench.judging", Set.of("JUDGE")))),
            new Group(
                    "workbench.group.registrations",
                    List.of(
                            new WorkbenchArea("/registrar/registrations", "workbench.registrations", REGISTRARS),
                            new WorkbenchArea(
                                    "/registrar/registrations/admin", "workbench.registrations.admin", ADMINS),
                            new WorkbenchArea("/indicators", "workbench.indicators", REGISTRARS),
                            new WorkbenchArea("/registrar/indicators", "workbench.indicators.report", ADMINS))),
            new Group(
                    "workbench.group.services",
                    List.of(
                            new WorkbenchArea("/services/orders", "workbench.serviceorders", Set.of(SERVICE_SCOPE)),
                            new WorkbenchArea("/services/experts", "workbench.experts", Set.of(SERVICE_DISPATCH)),
                            new WorkbenchArea("/services/ranking", "workbench.ranking", Set.of(SERVICE_SCOPE)),
                            new WorkbenchArea("/admin/service-staff", "workbench.servicestaff", ADMINS),
                            new WorkbenchArea("/admin/experts", "workbench.expertsadmin", ADMINS),
                            new WorkbenchArea("/admin/volunteers", "workbench.volunteers", ADMINS),
                            new WorkbenchArea("/admin/services", "workbench.servicesyear", ADMINS))),
            new Group(
                    "workbench.group.system",
                    List.of(
                            new WorkbenchArea("/admin/users", "workbench.users", ADMINS),
                            new WorkbenchArea("/admin/audit", "workbench.audit", ADMINS),
                            new WorkbenchArea("/admin/search", "workbench.search", ADMINS))),
            new Group(
                    "workbench.group.account",
                    List.of(
                            new WorkbenchArea(
                                    "/account/password",
                                    "workbench.password",
                                    Set.of("EDITOR", "REVIEWER", "ADMIN", "REGISTRAR", "JUDGE")),
                            new WorkbenchArea(
                                    "/account/sessions",
                                    "workbench.sessions",
                                    Set.of("EDITOR", "REVIEWER", "ADMIN", "REGISTRAR", "JUDGE")))));

    private WorkbenchAreas() {}

    /** The groups with only the places the roles open, empty groups left out. */
    static List<Group> forRoles(Set<String> held) {
        return ALL.stream()
                .map(g -> g.forRoles(held))
                .filter(g -> !g.areas().isEmpty())
                .toList();
    }
}
