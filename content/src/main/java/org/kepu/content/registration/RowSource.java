package org.kepu.content.registration;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Streams the rows of one sheet, never holding the whole file in memory. */
interface RowSource extends Closeable {

    /** The next row, or null at the end. */
    SheetRow next() throws IOException;

    /** Names of further sheets that were not read (only workbooks have them). */
    default List<String> ignoredSheets() {
        return List.of();
    }

    @Override
    void close() throws IOException;
}
