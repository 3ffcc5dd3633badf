package org.kepu.content.column;

import org.springframework.context.MessageSourceResolvable;

/**
 * 专栏 runs on; 专题 is a campaign with dates (全国科普日, 科技活动周).
 * Its name is {@code column.kind.<NAME>} in the domain bundle.
 */
public enum ColumnKind implements MessageSourceResolvable {
    SERIES,
    CAMPAIGN;

    /** The bundle key of its name. */
    public String labelCode() {
        return "column.kind." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
