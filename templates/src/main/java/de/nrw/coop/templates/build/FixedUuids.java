package de.nrw.coop.templates.build;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRPart;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.design.JRDesignDataset;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignPart;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * Gives every identifiable object of a report design a UUID derived from the template's name and
 * a running number in a fixed walk over the design (datasets, bands in report order, their
 * elements depth first, the parts of each section). A dataset's UUID written in the template is
 * kept; elements and parts get a derived one always (Jasper's design API cannot tell whether the
 * template gave one without making one up), and coop's templates give none.
 */
final class FixedUuids {
    private final String template;
    private int next;

    FixedUuids(String template) {
        this.template = template;
    }

    void assign(JasperDesign design) {
        if (!design.hasUUID()) {
            design.setUUID(uuid());
        }
        dataset(design.getMainDesignDataset());
        for (JRDataset d : design.getDatasetsList()) {
            dataset((JRDesignDataset) d);
        }
        for (JRBand band : design.getAllBands()) {
            children(band);
        }
        section(design.getDetailSection());
        for (JRGroup g : design.getGroups()) {
            section(g.getGroupHeaderSection());
            section(g.getGroupFooterSection());
        }
    }

    private void dataset(JRDesignDataset dataset) {
        if (!dataset.hasUUID()) {
            dataset.setUUID(uuid());
        }
    }

    private void children(JRElementGroup group) {
        for (JRChild child : group.getChildren()) {
            if (child instanceof JRDesignElement e) {
                e.setUUID(uuid());
            }
            if (child instanceof JRElementGroup nested) {
                children(nested);
            }
        }
    }

    private void section(JRSection section) {
        if (section == null || section.getParts() == null) {
            return;
        }
        for (JRPart part : section.getParts()) {
            if (part instanceof JRDesignPart p) {
                p.setUUID(uuid());
            }
        }
    }

    private UUID uuid() {
        return UUID.nameUUIDFromBytes((template + "#" + next++).getBytes(StandardCharsets.UTF_8));
    }
}
