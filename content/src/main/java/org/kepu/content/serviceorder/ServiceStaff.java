package org.kepu.content.serviceorder;

import java.util.Set;

/**
 * Who acts on orders and for whom: the towns whose 实践所 they staff, the departments and volunteer
 * teams they belong to; administrators act for all.
 */
public record ServiceStaff(String username, Set<String> towns, Set<Long> departments, Set<Long> teams, boolean admin) {

    public ServiceStaff {
        towns = Set.copyOf(towns);
        departments = Set.copyOf(departments);
        teams = Set.copyOf(teams);
    }

    public static ServiceStaff administrator(String username) {
        return new ServiceStaff(username, Set.of(), Set.of(), Set.of(), true);
    }

    boolean forTown(String town) {
        return admin || towns.contains(town);
    }

    boolean forDepartment(Long department) {
        return admin || (department != null && departments.contains(department));
    }

    boolean forTeam(Long team) {
        return admin || (team != null && teams.contains(team));
    }

    /** The 实践所 of a town, a department or an administrator: those who dispatch and search the 专家库. */
    public boolean dispatches() {
        return admin || !towns.isEmpty() || !departments.isEmpty();
    }

    /** Staff of no town, department or team see no order. */
    public boolean isStaff() {
        return admin || !towns.isEmpty() || !departments.isEmpty() || !teams.isEmpty();
    }
}
