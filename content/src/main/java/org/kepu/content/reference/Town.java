package org.kepu.content.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One of the banner's seven towns or the 蒙苏经济开发区; fixed reference data. */
@Table("town")
public record Town(@Id String code, String name, int sortOrder) {}
