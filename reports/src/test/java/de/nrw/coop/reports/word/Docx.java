package de.nrw.coop.reports.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Edits a DOCX the way Word saves it: the parts of the zip rewritten as text, everything else
 * copied. The edits are string operations on the document XML, as a test can state them.
 */
final class Docx {
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private Docx(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Docx of(Path file) {
        try {
            return new Docx(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String part(String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    Docx edit(String name, UnaryOperator<String> edit) {
        String before = part(name);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit of " + name + " changed nothing");
        }
        parts.put(name, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Docx document(UnaryOperator<String> edit) {
        return edit("word/document.xml", edit);
    }

    Path save(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code find}; fails if it is not there exactly once. */
    static String once(String xml, String find, String replacement) {
        int at = xml.indexOf(find);
        if (at < 0 || xml.indexOf(find, at + 1) >= 0) {
            throw new IllegalStateException("'" + find + "' is not in the XML exactly once");
        }
        return xml.substring(0, at) + replacement + xml.substring(at + find.length());
    }

    /** Removes the paragraph holding {@code text}. */
    static String deleteParagraph(String xml, String text) {
        int at = xml.indexOf(text);
        int start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
        int end = xml.indexOf("</w:p>", at) + "</w:p>".length();
        return xml.substring(0, start) + xml.substring(end);
    }

    /** Word's "remove content control": the control's content stays, the control goes. */
    static String unwrapControl(String xml, String tag) {
        int tagAt = xml.indexOf("w:val=\"" + tag + "\"");
        int start = xml.lastIndexOf("<w:sdt>", tagAt);
        int contentStart = xml.indexOf("<w:sdtContent>", tagAt) + "<w:sdtContent>".length();
        int contentEnd = xml.indexOf("</w:sdtContent>", contentStart);
        int end = xml.indexOf("</w:sdt>", contentEnd) + "</w:sdt>".length();
        return xml.substring(0, start) + xml.substring(contentStart, contentEnd) + xml.substring(end);
    }

    /** Deletes the control with its content (innermost: no nested controls). */
    static String deleteControl(String xml, String tag) {
        int tagAt = xml.indexOf("w:val=\"" + tag + "\"");
        int start = xml.lastIndexOf("<w:sdt>", tagAt);
        int end = xml.indexOf("</w:sdt>", tagAt) + "</w:sdt>".length();
        return xml.substring(0, start) + xml.substring(end);
    }
}
