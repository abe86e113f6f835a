package de.nrw.coop.reports.yearly;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** The body rows as a Jasper data source (fields by name, no reflection). */
final class RowSource implements JRDataSource {
    private final Iterator<BodyRow> rows;
    private BodyRow current;

    RowSource(List<BodyRow> rows) {
        this.rows = rows.iterator();
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return current.field(field.getName());
    }
}
