package de.nrw.coop.reports.answer;

import java.util.List;

/**
 * One row of the answer template's data source: a block of the document (heading, paragraph,
 * table row) with the question it belongs to. Texts marked "styled" are Jasper styled text.
 *
 * @param section     0 for the front matter, the question number otherwise (group "section")
 * @param block       running block number (group "block"; the rows of one table share it)
 * @param kind        heading, para, caption, row, total, or none (a question without answer yet)
 * @param text        styled text of a heading, paragraph or caption
 * @param anchor      bookmark of a heading
 * @param breakBefore the answers start on a new page: set on the first row after the attribution
 * @param qnum        "1." of the section's question
 * @param qtext       styled text of the section's question
 * @param qanchor     bookmark of the section's question
 * @param cols        columns of the table this row belongs to; 0 outside tables
 * @param numericFrom first right-aligned column of the table
 * @param rowIndex    0-based body row of the table
 * @param lastRow     the table's last row (body or total)
 * @param head        header cells of the table
 * @param cells       cells of this row
 */
record AnswerRow(int section, int block, String kind, String text, String anchor, boolean breakBefore, String qnum,
           String qtext, String qanchor, int cols, int numericFrom, int rowIndex, boolean lastRow,
           List<String> head, List<String> cells) {

    AnswerRow withBreakBefore() {
        return new AnswerRow(section, block, kind, text, anchor, true, qnum, qtext, qanchor, cols, numericFrom, rowIndex,
                lastRow, head, cells);
    }

    Object field(String name) {
        switch (name) {
            case "section": return section;
            case "block": return block;
            case "kind": return kind;
            case "text": return text;
            case "anchor": return anchor;
            case "breakBefore": return breakBefore;
            case "qnum": return qnum;
            case "qtext": return qtext;
            case "qanchor": return qanchor;
            case "cols": return cols;
            case "numericFrom": return numericFrom;
            case "rowIndex": return rowIndex;
            case "lastRow": return lastRow;
            default:
                if (name.length() == 2 && (name.charAt(0) == 'h' || name.charAt(0) == 'c')) {
                    List<String> source = name.charAt(0) == 'h' ? head : cells;
                    int i = name.charAt(1) - '1';
                    return i >= 0 && i < source.size() ? source.get(i) : null;
                }
                throw new IllegalArgumentException("the answer template asks for an unknown field '" + name + "'");
        }
    }
}
