package de.nrw.coop.reports.yearly;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the body template (yearly-body.jrxml): its kind picks the detail band.
 * Kinds: h1, h2, h3 (headings), p (paragraph), note (small styled text), chart (image with alt
 * text), tNh/tN (table header and data row of N = 2, 3, 4 or 7 columns). A table's header row also
 * carries the table's title and its first data row ({@code first}, fields d1..d7): the three print
 * as one band, so neither a title nor a header is ever left alone at the foot of a page.
 */
record BodyRow(String kind, String text, List<String> cells, List<String> first, boolean bold, boolean tableEnd,
           boolean newPage, byte[] image) {

    static BodyRow heading(int level, String text, boolean newPage) {
        return new BodyRow("h" + level, text, List.of(), List.of(), false, false, newPage, null);
    }

    static BodyRow paragraph(String text) {
        return new BodyRow("p", text, List.of(), List.of(), false, false, false, null);
    }

    /** A paragraph under an (h3) heading printed above it on the same page: no heading left alone at a page foot. */
    static BodyRow paragraph(String heading, String text) {
        return new BodyRow("p", text, heading == null ? List.of() : List.of(heading), List.of(), false, false, false, null);
    }

    static BodyRow note(String styledText) {
        return new BodyRow("note", styledText, List.of(), List.of(), false, false, false, null);
    }

    /** A chart under its own (h3) heading, kept on one page with it. */
    static BodyRow chart(String heading, byte[] png, String altText) {
        return new BodyRow("chart", altText, List.of(heading), List.of(), false, false, false, png);
    }

    /** A table: its (h3) title (optional), header and data rows; the first data row prints with the header. */
    static List<BodyRow> table(String title, List<String> header, List<BodyRow> data) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a table needs a data row: " + header);
        }
        BodyRow first = data.get(0);
        List<BodyRow> rows = new java.util.ArrayList<>(data.size());
        rows.add(new BodyRow("t" + header.size() + "h", title, header, first.cells(), first.bold(), first.tableEnd(), false,
                null));
        rows.addAll(data.subList(1, data.size()));
        return rows;
    }

    static BodyRow tableRow(List<String> cells, boolean bold, boolean end) {
        return new BodyRow("t" + cells.size(), null, cells, List.of(), bold, end, false, null);
    }

    Object field(String name) {
        return switch (name) {
            case "kind" -> kind;
            case "text" -> text;
            case "bold" -> bold;
            case "tableEnd" -> tableEnd;
            case "newPage" -> newPage;
            case "image" -> image;
            default -> {
                if (name.length() == 2 && (name.charAt(0) == 'c' || name.charAt(0) == 'd')) {
                    List<String> list = name.charAt(0) == 'c' ? cells : first;
                    int i = name.charAt(1) - '1';
                    yield i < list.size() ? list.get(i) : null;
                }
                throw new IllegalArgumentException("no field '" + name + "' in a yearly report row");
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyRow r && kind.equals(r.kind) && java.util.Objects.equals(text, r.text)
                && cells.equals(r.cells) && first.equals(r.first) && bold == r.bold && tableEnd == r.tableEnd && newPage == r.newPage
                && Arrays.equals(image, r.image);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, text, cells, first, bold, tableEnd, newPage, Arrays.hashCode(image));
    }

    @Override
    public String toString() {
        return kind + (text != null ? " " + text : "") + (cells.isEmpty() ? "" : " " + cells);
    }
}
