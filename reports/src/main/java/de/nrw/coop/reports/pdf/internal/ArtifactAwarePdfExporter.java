package de.nrw.coop.reports.pdf.internal;

import java.io.IOException;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The PDF exporter with page furniture support.
 *
 * <p>JasperReports 7.0.6 tags every text as content; it has no artifact tag. Elements (or frames)
 * carrying {@code net.sf.jasperreports.export.accessibility.tag = artifact} are exported with a
 * marker language on their structure element; {@link PdfPostProcessor} then removes those
 * structure elements and turns their marked content into {@code /Artifact} sequences.
 */
public final class ArtifactAwarePdfExporter extends JRPdfExporter {
    /** Property that marks page furniture; the same name later Jasper versions read natively. */
    public static final String ACCESSIBILITY_TAG = "net.sf.jasperreports.export.accessibility.tag";
    /** Value of {@link #ACCESSIBILITY_TAG} for page furniture. */
    public static final String ARTIFACT = "artifact";
    /** Language written on the structure element of an artifact text, found again after export. */
    static final String ARTIFACT_MARKER_LANGUAGE = "x-coop-artifact";
    private static final String TAG_LANGUAGE = "net.sf.jasperreports.export.pdf.tag.language";

    private int artifactFrames;

    public ArtifactAwarePdfExporter(JasperReportsContext context) {
        super(context);
    }

    static boolean isArtifact(JRPrintElement element) {
        return element.hasProperties()
                && ARTIFACT.equalsIgnoreCase(element.getPropertiesMap().getProperty(ACCESSIBILITY_TAG));
    }

    @Override
    public void exportFrame(JRPrintFrame frame) throws IOException, JRException {
        boolean artifact = isArtifact(frame);
        if (artifact) {
            artifactFrames++;
        }
        try {
            super.exportFrame(frame);
        } finally {
            if (artifact) {
                artifactFrames--;
            }
        }
    }

    @Override
    public void exportText(JRPrintText text) {
        if (artifactFrames == 0 && !isArtifact(text)) {
            super.exportText(text);
            return;
        }
        // the marker lives only during this call: the print stays as the caller filled it
        JRPropertiesMap properties = text.getPropertiesMap();
        String previous = properties.getProperty(TAG_LANGUAGE);
        properties.setProperty(TAG_LANGUAGE, ARTIFACT_MARKER_LANGUAGE);
        try {
            super.exportText(text);
        } finally {
            if (previous == null) {
                properties.removeProperty(TAG_LANGUAGE);
            } else {
                properties.setProperty(TAG_LANGUAGE, previous);
            }
        }
    }
}
