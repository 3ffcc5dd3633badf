package org.kepu.content.account;

import org.springframework.data.relational.core.mapping.Table;

@Table("account_role")
record AccountRole(Role role) {}
