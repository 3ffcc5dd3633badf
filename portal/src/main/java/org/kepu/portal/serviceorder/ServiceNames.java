package org.kepu.portal.serviceorder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Towns;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Names of towns, departments, teams and columns for the people pages to print instead of ids. */
@Component
class ServiceNames {

    private final Towns towns;
    private final ServiceDirectory directory;
    private final Columns columns;

    ServiceNames(Towns towns, ServiceDirectory directory, Columns columns) {
        this.towns = towns;
        this.directory = directory;
        this.columns = columns;
    }

    void addTo(Model model) {
        Map<String, String> townNames = new LinkedHashMap<>();
        towns.findAllByOrderBySortOrder().forEach(t -> townNames.put(t.code(), t.name()));
        Map<Long, String> departmentNames = new LinkedHashMap<>();
        directory.departments().forEach(d -> departmentNames.put(d.id(), d.name()));
        Map<Long, String> teamNames = new LinkedHashMap<>();
        directory.teams().forEach(t -> teamNames.put(t.id(), t.name()));
        Map<Long, String> columnNames = new LinkedHashMap<>();
        columns.findAllByOrderBySortOrderAscIdAsc().forEach(c -> columnNames.put(c.id(), c.name()));
        model.addAttribute("townNames", townNames);
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute("teamNames", teamNames);
        model.addAttribute("columnNames", columnNames);
        model.addAttribute("towns", towns.findAllByOrderBySortOrder());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("columns", columns.findAllByOrderBySortOrderAscIdAsc());
    }
}
