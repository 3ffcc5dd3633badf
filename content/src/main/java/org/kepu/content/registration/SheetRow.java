package org.kepu.content.registration;

import java.util.List;

/** One row of a sheet with its 1-based line number as the person sees it in Excel or an editor. */
record SheetRow(int line, List<SheetCell> cells) {

    SheetCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : SheetCell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isEmpty);
    }
}
