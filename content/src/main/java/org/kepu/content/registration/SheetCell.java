package org.kepu.content.registration;

/** One cell as read from a .csv or .xlsx file: its text and what kind of cell it was. */
record SheetCell(Kind kind, String text) {

    static final SheetCell EMPTY = new SheetCell(Kind.EMPTY, "");

    enum Kind {
        EMPTY,
        TEXT,
        NUMBER,
        FORMULA,
        ERROR
    }

    static SheetCell text(String text) {
        return text == null || text.isBlank() ? EMPTY : new SheetCell(Kind.TEXT, text.strip());
    }

    boolean isEmpty() {
        return kind == Kind.EMPTY;
    }
}
