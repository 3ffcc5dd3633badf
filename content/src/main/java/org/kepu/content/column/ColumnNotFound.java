package org.kepu.content.column;

import org.kepu.content.NotFound;

public class ColumnNotFound extends NotFound {

    public ColumnNotFound(String slug) {
        super("No column " + slug);
    }
}
