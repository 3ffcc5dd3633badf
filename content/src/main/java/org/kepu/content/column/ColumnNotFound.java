package org.kepu.content.column;

public class ColumnNotFound extends RuntimeException {

    public ColumnNotFound(String slug) {
        super("No column " + slug);
    }
}
