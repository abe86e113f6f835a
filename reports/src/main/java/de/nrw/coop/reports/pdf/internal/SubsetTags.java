package de.nrw.coop.reports.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;

/**
 * Replaces OpenPDF's random font-subset tags ({@code ABCDEF+LiberationSans}) by tags derived from
 * the file up to and including the subset's font program, i.e. from the fonts and glyphs used.
 *
 * <p>OpenPDF writes each embedded font as: program stream, descriptor ({@code /FontName}), then
 * the font dictionaries ({@code /BaseFont}) with the same random tag. The writer shows each
 * object here before writing it ({@link #rename}) and reports each program once written
 * ({@link #programWritten}); a tag with no program before it would leave random bytes in the
 * file, so it is refused.
 */
final class SubsetTags {
    private static final PdfName SUBTYPE_CFF = new PdfName("CIDFontType0C");
    private static final PdfName SUBTYPE_TYPE1C = new PdfName("Type1C");
    private static final PdfName SUBTYPE_OPENTYPE = new PdfName("OpenType");

    /** Random tag (with its "+") to the derived one. */
    private final Map<String, String> tags = new HashMap<>();
    private byte[] lastProgram;

    /** Whether {@code object} is an embedded font program (FontFile2 has /Length1; FontFile3 a subtype). */
    static boolean isFontProgram(PdfObject object) {
        if (!(object instanceof PdfStream stream)) {
            return false;
        }
        PdfObject subtype = stream.get(PdfName.SUBTYPE);
        return stream.get(PdfName.LENGTH1) != null
                || SUBTYPE_CFF.equals(subtype) || SUBTYPE_TYPE1C.equals(subtype) || SUBTYPE_OPENTYPE.equals(subtype);
    }

    /** A font program was written; {@code fileHash} covers the file up to its end. */
    void programWritten(byte[] fileHash) {
        lastProgram = fileHash;
    }

    /** Renames the subset tag of a font descriptor or font dictionary about to be written. */
    void rename(PdfObject object) {
        if (!(object instanceof PdfDictionary dict) || object instanceof PdfStream) {
            return;
        }
        PdfObject type = dict.get(PdfName.TYPE);
        if (PdfName.FONTDESCRIPTOR.equals(type)) {
            String name = name(dict, PdfName.FONTNAME);
            if (hasTag(name)) {
                if (lastProgram == null) {
                    throw new IllegalStateException("font descriptor " + name + " written before its font program");
                }
                String tag = derive(lastProgram, name.substring(7));
                tags.put(name.substring(0, 7), tag);
                dict.put(PdfName.FONTNAME, new PdfName(tag + name.substring(7)));
            }
        } else if (PdfName.FONT.equals(type)) {
            String name = name(dict, PdfName.BASEFONT);
            if (hasTag(name)) {
                String tag = tags.get(name.substring(0, 7));
                if (tag == null) {
                    throw new IllegalStateException("font " + name + " written before its font descriptor:"
                            + " its random subset tag would stay in the file");
                }
                dict.put(PdfName.BASEFONT, new PdfName(tag + name.substring(7)));
            }
        }
    }

    private static String name(PdfDictionary dict, PdfName key) {
        PdfObject value = dict.get(key);
        return value instanceof PdfName name ? PdfName.decodeName(name.toString()) : null;
    }

    /** "ABCDEF+..." (six capitals and a plus). */
    private static boolean hasTag(String name) {
        if (name == null || name.length() < 8 || name.charAt(6) != '+') {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (name.charAt(i) < 'A' || name.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static String derive(byte[] fileHash, String fontName) {
        MessageDigest digest = DigestingOutputStream.sha256();
        digest.update(fileHash);
        digest.update(fontName.getBytes(StandardCharsets.UTF_8));
        byte[] hash = digest.digest();
        char[] tag = new char[7];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + (hash[i] & 0xFF) % 26);
        }
        tag[6] = '+';
        return new String(tag);
    }
}
