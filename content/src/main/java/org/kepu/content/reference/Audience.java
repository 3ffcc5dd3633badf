package org.kepu.content.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One of the plan's five audiences (青少年, 农牧民, 产业工人, 老年人, 领导干部和公务员). */
@Table("audience")
public record Audience(@Id String code, String name, int sortOrder) {}
