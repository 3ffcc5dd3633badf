package org.kepu.content.registration;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the header row of a sheet and which column holds what. Headers are matched by the names
 * people actually use (乡镇, 嘎查村, 截至日期, 累计注册人数 …), ignoring spaces, full-width forms and a
 * unit in brackets such as “（人）”.
 */
final class SheetHeader {

    /** How many rows at the top of a sheet may come before the header (titles, notes). */
    static final int SEARCH_ROWS = 10;

    enum Column {
        ACTIVE("活跃信息员", List.of("活跃信息员", "活跃信息员数", "活跃人数", "活跃", "active")),
        SHARES("分享次数", List.of("分享次数", "分享传播次数", "传播次数", "分享", "shares")),
        REGISTERED("累计注册人数", List.of("累计注册人数", "注册人数", "累计注册", "累计注册信息员", "信息员人数", "registered")),
        DATE("日期", List.of("日期", "统计日期", "截至日期", "截止日期", "填报日期", "date")),
        UNIT(
                "村（嘎查）/单位",
                List.of("村", "嘎查", "嘎查村", "村嘎查", "社区", "单位", "村单位", "村嘎查单位", "嘎查村单位", "村社区", "单位名称", "村名", "unit")),
        TOWN("乡镇", List.of("乡镇", "镇", "苏木乡镇", "乡镇街道", "乡镇园区", "镇区", "所属乡镇", "地区", "town"));

        final String label;
        final List<String> names;

        Column(String label, List<String> names) {
            this.label = label;
            this.names = names;
        }
    }

    static final List<Column> REQUIRED = List.of(Column.TOWN, Column.DATE, Column.REGISTERED);

    private final int line;
    private final Map<Column, Integer> columns;

    private SheetHeader(int line, Map<Column, Integer> columns) {
        this.line = line;
        this.columns = columns;
    }

    /** The columns a row names, if it names all the required ones. */
    static SheetHeader of(SheetRow row) {
        Map<Column, Integer> found = recognise(row);
        return found.keySet().containsAll(REQUIRED) ? new SheetHeader(row.line(), found) : null;
    }

    /** The required columns a candidate row lacks, as Chinese labels for the error message. */
    static String missing(SheetRow best) {
        Map<Column, Integer> found = best == null ? Map.of() : recognise(best);
        return REQUIRED.stream()
                .filter(c -> !found.containsKey(c))
                .map(c -> c.label)
                .collect(Collectors.joining("、"));
    }

    /** The two rows of a two-row header as one: the lower row's text where it has one, else the upper's. */
    static SheetRow combine(SheetRow upper, SheetRow lower) {
        int width = Math.max(upper.cells().size(), lower.cells().size());
        List<SheetCell> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(lower.cell(i).isEmpty() ? upper.cell(i) : lower.cell(i));
        }
        return new SheetRow(lower.line(), cells);
    }

    static int score(SheetRow row) {
        return recognise(row).size();
    }

    int line() {
        return line;
    }

    /** The column index, or -1 when the sheet has no such column. */
    int index(Column column) {
        return columns.getOrDefault(column, -1);
    }

    private static Map<Column, Integer> recognise(SheetRow row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String name = normalise(row.cell(i).text());
            if (name.isEmpty()) {
                continue;
            }
            for (Column column : Column.values()) {
                if (!found.containsKey(column) && column.names.contains(name)) {
                    found.put(column, i);
                    break;
                }
            }
        }
        return found;
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase();
        // a unit or a note in brackets at the end: 累计注册人数(人)
        text = text.replaceAll("\\(([^()]*)\\)$", "");
        return text.replaceAll("[\\s/、()\\-_*:：]", "");
    }
}
