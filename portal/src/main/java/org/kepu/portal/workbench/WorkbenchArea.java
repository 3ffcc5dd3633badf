package org.kepu.portal.workbench;

import java.util.Set;

/**
 * One place of the back office: its address, the message keys of its name and what it is for, and
 * the roles that open it. The roles repeat {@code SecurityConfiguration} and {@code EditorAreaRules}
 * on purpose; {@code WorkbenchIntegrationTests} opens every link as every role, so the two cannot
 * drift apart unnoticed.
 */
record WorkbenchArea(String path, String key, Set<String> roles) {

    boolean opensTo(Set<String> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
