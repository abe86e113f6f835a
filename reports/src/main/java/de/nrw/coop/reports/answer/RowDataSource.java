package de.nrw.coop.reports.answer;

import java.util.List;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/** Feeds {@link AnswerRow}s to the answer template without reflection; rewindable for the second fill. */
final class RowDataSource implements JRRewindableDataSource {
    private final List<AnswerRow> rows;
    private int index = -1;

    RowDataSource(List<AnswerRow> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
        return rows.get(index).field(field.getName());
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
