package de.nrw.coop.reports.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF for tests: validates PDF bytes against PDF/A-2a and PDF/UA-1 and returns the failed
 * rules, one line each, so a test reads
 * <pre>{@code assertThat(PdfValidation.failures(pdf)).isEmpty();}</pre>
 * and a failure message lists rule, description, how often it failed and where first.
 * veraPDF is initialised once per JVM.
 */
public final class PdfValidation {
    /** The flavours every coop PDF must pass. */
    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {}

    /** Failed rules of PDF/A-2a and PDF/UA-1; empty when the file passes both. */
    public static List<String> failures(byte[] pdf) {
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : FLAVOURS) {
            failures.addAll(failures(pdf, flavour));
        }
        return failures;
    }

    /** Failed rules of one flavour, e.g. {@code "PDF/UA-1 7.1-3 (12x): Content shall be marked ... at: root/document[0]/pages[0]..."}. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, List<TestAssertion>> failed = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.computeIfAbsent(assertion.getRuleId(), r -> new ArrayList<>()).add(assertion);
                }
            }
            List<String> lines = new ArrayList<>();
            failed.forEach((rule, assertions) -> {
                TestAssertion first = assertions.get(0);
                String detail = first.getErrorMessage() != null ? first.getErrorMessage() : first.getMessage();
                lines.add(flavour.getId() + " " + rule.getClause() + "-" + rule.getTestNumber()
                        + " (" + assertions.size() + "x): " + detail
                        + " at: " + first.getLocation().getContext());
            });
            if (!result.isCompliant() && lines.isEmpty()) {
                lines.add(flavour.getId() + ": not compliant, but no failed assertion reported (" + result.getJobEndStatus() + ")");
            }
            return lines;
        } catch (Exception e) {
            return List.of(flavour.getId() + ": veraPDF could not validate the file: " + e);
        }
    }
}
