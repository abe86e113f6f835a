package de.nrw.coop.reports.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The trailer's {@code /ID}: two equal byte strings, the first 16 bytes of the SHA-256 of every
 * byte of the file before it. Computed when the trailer is written, so it identifies the content
 * without the clock and random numbers OpenPDF would use.
 */
final class DocumentId extends PdfObject {
    private final DigestingOutputStream file;

    DocumentId(DigestingOutputStream file) {
        super(PdfObject.ARRAY);
        this.file = file;
    }

    @Override
    public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
        os.flush(); // the writer buffers: let every byte before the ID reach the digest
        String hex = HexFormat.of().withUpperCase().formatHex(file.hashSoFar(), 0, 16);
        os.write(("[<" + hex + "><" + hex + ">]").getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "[document ID from the content]";
    }
}
