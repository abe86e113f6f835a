package de.nrw.coop.reports.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;

import de.nrw.coop.reports.pdf.PdfMetadata;

/**
 * Turns the tagged PDF that JasperReports 7.0.6 exports (with the sRGB output intent, without the
 * exporter's PDF/A mode) into one that passes veraPDF's PDF/A-2a and PDF/UA-1 profiles and has
 * reproducible bytes.
 *
 * <p>What it fixes (see /work/shared/STACK.md, "Archival, accessibility and reproducibility"):
 * <ul>
 *   <li>incomplete {@code /CIDSet}: removed from every font descriptor (optional in PDF/A-2);</li>
 *   <li>no {@code pdfuaid:part}: the XMP packet is rewritten with it and its extension schema;</li>
 *   <li>{@code TH} without scope: a table attribute object with {@code /Scope} is added;</li>
 *   <li>untagged cell borders, backgrounds and rules: wrapped in {@code /Artifact} marked content;</li>
 *   <li>page furniture (texts marked by {@link ArtifactAwarePdfExporter}): its structure elements
 *       are removed and its marked content becomes a pagination artifact;</li>
 *   <li>clock and randomness: creation and modification dates come from the document date, font
 *       subset tags from a hash of the font program, the trailer {@code /ID} from a hash of the
 *       saved bytes.</li>
 * </ul>
 * The document is saved in full (an incremental save would keep the original revision with its
 * random bytes).
 */
public final class PdfPostProcessor {
    private static final COSName CIDSET = COSName.getPDFName("CIDSet");
    private static final COSName STRUCT_TREE_ROOT = COSName.getPDFName("StructTreeRoot");
    private static final COSName PARENT_TREE = COSName.getPDFName("ParentTree");
    private static final COSName STRUCT_PARENTS = COSName.getPDFName("StructParents");
    private static final COSName NUMS = COSName.getPDFName("Nums");
    private static final COSName KIDS = COSName.getPDFName("Kids");
    private static final COSName PG = COSName.getPDFName("Pg");
    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName LANG = COSName.getPDFName("Lang");
    private static final COSName MARK_INFO = COSName.getPDFName("MarkInfo");
    private static final COSName MARKED = COSName.getPDFName("Marked");
    private static final COSName VIEWER_PREFERENCES = COSName.getPDFName("ViewerPreferences");
    private static final COSName DISPLAY_DOC_TITLE = COSName.getPDFName("DisplayDocTitle");
    private static final COSName FONT_FILE_2 = COSName.getPDFName("FontFile2");
    private static final COSName FONT_FILE_3 = COSName.getPDFName("FontFile3");

    /** Written as trailer /ID first, then replaced in the saved bytes by a hash of those bytes. */
    private static final byte[] ID_PLACEHOLDER = "coop-id-pending!".getBytes(StandardCharsets.US_ASCII);

    private PdfPostProcessor() {}

    /**
     * Post-processes an exported PDF.
     *
     * @param exported the bytes the Jasper PDF exporter wrote (tagged, with an output intent)
     * @param meta     the metadata to write; its document date replaces every clock value
     * @return the final PDF
     */
    public static byte[] process(byte[] exported, PdfMetadata meta) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream(exported.length + exported.length / 8);
        try (PDDocument doc = Loader.loadPDF(exported)) {
            fixFonts(doc);
            fixStructure(doc);
            fixCatalog(doc, meta);
            writeMetadata(doc, meta);
            doc.setVersion(1.7f);
            COSArray id = new COSArray();
            for (int i = 0; i < 2; i++) {
                COSString part = new COSString(ID_PLACEHOLDER);
                part.setForceHexForm(true);
                id.add(part);
            }
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(saved);
        }
        byte[] bytes = saved.toByteArray();
        setDocumentId(bytes);
        return bytes;
    }

    // ---- fonts -------------------------------------------------------------------------------

    /** Removes /CIDSet and renames subset tags after a hash of the font program. */
    private static void fixFonts(PDDocument doc) throws IOException {
        Map<String, String> tags = new HashMap<>();
        for (COSObject object : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            if (!(object.getObject() instanceof COSDictionary descriptor)) {
                continue;
            }
            descriptor.removeItem(CIDSET);
            String fontName = descriptor.getNameAsString(COSName.FONT_NAME);
            String oldTag = subsetTag(fontName);
            if (oldTag == null) {
                continue;
            }
            // OpenPDF draws a random tag per subset; the fonts referring to it carry the same tag
            String newTag = tagFromProgram(descriptor);
            tags.put(oldTag, newTag);
            descriptor.setName(COSName.FONT_NAME, newTag + fontName.substring(6));
        }
        if (tags.isEmpty()) {
            return;
        }
        for (COSObject object : doc.getDocument().getObjectsByType(COSName.FONT)) {
            if (!(object.getObject() instanceof COSDictionary font)) {
                continue;
            }
            String baseFont = font.getNameAsString(COSName.BASE_FONT);
            String oldTag = subsetTag(baseFont);
            if (oldTag != null && tags.containsKey(oldTag)) {
                font.setName(COSName.BASE_FONT, tags.get(oldTag) + baseFont.substring(6));
            }
        }
    }

    /** The six-capital subset tag of a font name ("ABCDEF+Name"), or null. */
    private static String subsetTag(String fontName) {
        if (fontName == null || fontName.length() < 8 || fontName.charAt(6) != '+') {
            return null;
        }
        for (int i = 0; i < 6; i++) {
            char c = fontName.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        return fontName.substring(0, 6);
    }

    private static String tagFromProgram(COSDictionary descriptor) throws IOException {
        MessageDigest digest = sha256();
        for (COSName key : List.of(FONT_FILE_2, COSName.FONT_FILE, FONT_FILE_3)) {
            if (descriptor.getDictionaryObject(key) instanceof COSStream program) {
                // the encoded bytes: the exporter deflates deterministically, and inflating costs time
                try (InputStream in = program.createRawInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        digest.update(descriptor.getNameAsString(COSName.FONT_NAME).substring(7).getBytes(StandardCharsets.UTF_8));
        byte[] hash = digest.digest();
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + (hash[i] & 0xFF) % 26);
        }
        return new String(tag);
    }

    // ---- structure tree and content ----------------------------------------------------------

    private static void fixStructure(PDDocument doc) throws IOException {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary root = catalog.getCOSDictionary(STRUCT_TREE_ROOT);
        Map<COSDictionary, Set<Integer>> artifacts = new IdentityHashMap<>();
        if (root != null) {
            walk(root, null, artifacts, new IdentityHashMap<>());
            if (!artifacts.isEmpty()) {
                clearParentTree(doc, root, artifacts);
            }
        }
        for (PDPage page : doc.getPages()) {
            Set<Integer> mcids = artifacts.getOrDefault(page.getCOSObject(), Set.of());
            rewriteContent(doc, page, mcids);
        }
    }

    /**
     * Visits the kids of a structure node: collects and removes page-furniture elements and adds
     * the table scope to header cells.
     */
    private static void walk(COSDictionary node, COSDictionary parentTr, Map<COSDictionary, Set<Integer>> artifacts,
            Map<COSDictionary, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        COSBase kids = node.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.getObject(i) instanceof COSDictionary kid && isStructElement(kid)) {
                    if (isArtifactElement(kid)) {
                        collectMcids(kid, pageOf(kid, node), artifacts);
                        array.remove(i);
                        continue;
                    }
                    visitElement(kid, node, artifacts, seen);
                }
            }
        } else if (kids instanceof COSDictionary kid && isStructElement(kid)) {
            if (isArtifactElement(kid)) {
                collectMcids(kid, pageOf(kid, node), artifacts);
                node.removeItem(COSName.K);
            } else {
                visitElement(kid, node, artifacts, seen);
            }
        }
    }

    private static void visitElement(COSDictionary element, COSDictionary parent,
            Map<COSDictionary, Set<Integer>> artifacts, Map<COSDictionary, Boolean> seen) {
        if ("TH".equals(element.getNameAsString(COSName.S))) {
            addScope(element, rowHasDataCells(parent) ? "Row" : "Column");
        }
        walk(element, parent, artifacts, seen);
    }

    private static boolean isStructElement(COSDictionary dict) {
        return dict.containsKey(COSName.S) && !COSName.MCR.equals(dict.getCOSName(COSName.TYPE))
                && !COSName.getPDFName("OBJR").equals(dict.getCOSName(COSName.TYPE));
    }

    private static boolean isArtifactElement(COSDictionary element) {
        return ArtifactAwarePdfExporter.ARTIFACT_MARKER_LANGUAGE.equals(element.getString(LANG));
    }

    private static COSDictionary pageOf(COSDictionary element, COSDictionary parent) {
        COSDictionary page = element.getCOSDictionary(PG);
        return page != null ? page : parent.getCOSDictionary(PG);
    }

    /** A TH in a row that also holds TD cells heads that row; otherwise it heads its column. */
    private static boolean rowHasDataCells(COSDictionary tr) {
        if (tr == null || !"TR".equals(tr.getNameAsString(COSName.S))) {
            return false;
        }
        COSBase kids = tr.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary kid && "TD".equals(kid.getNameAsString(COSName.S))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addScope(COSDictionary th, String scope) {
        COSDictionary attributes = new COSDictionary();
        attributes.setItem(COSName.O, TABLE);
        attributes.setItem(SCOPE, COSName.getPDFName(scope));
        COSBase existing = th.getDictionaryObject(COSName.A);
        if (existing instanceof COSDictionary dict && TABLE.equals(dict.getCOSName(COSName.O))) {
            dict.setItem(SCOPE, COSName.getPDFName(scope));
        } else if (existing instanceof COSArray array) {
            array.add(attributes);
        } else if (existing instanceof COSDictionary dict) {
            COSArray both = new COSArray();
            both.add(dict);
            both.add(attributes);
            th.setItem(COSName.A, both);
        } else {
            th.setItem(COSName.A, attributes);
        }
    }

    private static void collectMcids(COSDictionary element, COSDictionary page, Map<COSDictionary, Set<Integer>> artifacts) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        List<COSBase> list = new ArrayList<>();
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(array.getObject(i));
            }
        } else if (kids != null) {
            list.add(kids);
        }
        for (COSBase kid : list) {
            if (kid instanceof COSInteger mcid && page != null) {
                artifacts.computeIfAbsent(page, p -> new HashSet<>()).add(mcid.intValue());
            } else if (kid instanceof COSDictionary dict) {
                COSDictionary kidPage = dict.getCOSDictionary(PG) != null ? dict.getCOSDictionary(PG) : page;
                if (dict.containsKey(MCID) && kidPage != null) {
                    artifacts.computeIfAbsent(kidPage, p -> new HashSet<>()).add(dict.getInt(MCID));
                } else if (isStructElement(dict)) {
                    collectMcids(dict, kidPage, artifacts);
                }
            }
        }
    }

    /** Artifacts have no structure parent: null their entries in the parent tree. */
    private static void clearParentTree(PDDocument doc, COSDictionary root, Map<COSDictionary, Set<Integer>> artifacts) {
        COSDictionary parentTree = root.getCOSDictionary(PARENT_TREE);
        if (parentTree == null) {
            return;
        }
        Map<Integer, COSArray> arrays = new HashMap<>();
        collectNums(parentTree, arrays, new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            Set<Integer> mcids = artifacts.get(page.getCOSObject());
            int key = page.getCOSObject().getInt(STRUCT_PARENTS, -1);
            COSArray array = arrays.get(key);
            if (mcids == null || array == null) {
                continue;
            }
            for (int mcid : mcids) {
                if (mcid < array.size()) {
                    array.set(mcid, COSNull.NULL);
                }
            }
        }
    }

    private static void collectNums(COSDictionary node, Map<Integer, COSArray> arrays, Map<COSDictionary, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        COSArray nums = node.getCOSArray(NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger key && nums.getObject(i + 1) instanceof COSArray value) {
                    arrays.put(key.intValue(), value);
                }
            }
        }
        COSArray kids = node.getCOSArray(KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    collectNums(kid, arrays, seen);
                }
            }
        }
    }

    private static void rewriteContent(PDDocument doc, PDPage page, Set<Integer> artifactMcids) throws IOException {
        List<Object> tokens;
        if (page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream contents) {
            // decoded into memory first: the parser reads byte by byte, slowly from the filter stream
            byte[] decoded;
            try (InputStream in = contents.createInputStream()) {
                decoded = in.readAllBytes();
            }
            tokens = new PDFStreamParser(decoded).parse();
        } else {
            tokens = new PDFStreamParser(page).parse();
        }
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        List<Object> rewritten = ContentArtifacts.rewrite(tokens, artifactMcids, properties);
        if (rewritten == null) {
            return;
        }
        rewritten = dropUnusedStandardFonts(resources, rewritten);
        // the writer emits token by token: collect in memory, then deflate in one go (PDFBox's
        // filtered stream would push every small write through the deflater)
        // (a hex string goes out one byte per call: ByteArrayOutputStream would lock for each)
        ByteSink plain = new ByteSink(16 * 1024);
        new ContentStreamWriter(plain).writeTokens(rewritten);
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            deflate(plain.buffer(), plain.size(), out);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(new PDStream(stream));
    }

    /** An unsynchronized growable byte buffer whose array is handed out without a copy. */
    private static final class ByteSink extends OutputStream {
        private byte[] bytes;
        private int size;

        ByteSink(int capacity) {
            bytes = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        byte[] buffer() {
            return bytes;
        }

        int size() {
            return size;
        }
    }

    /** Level of the rewritten content streams: text-like operators compress nearly as well at 6 as at 9. */
    private static final int DEFLATE_LEVEL = 6;

    /** zlib (FlateDecode) of {@code data}; the same bytes for the same input on one JDK. */
    private static void deflate(byte[] data, int length, OutputStream out) throws IOException {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            deflater.setInput(data, 0, length);
            deflater.finish();
            byte[] buffer = new byte[Math.max(1024, length / 2)];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }
    }

    /**
     * Removes fonts without an embedded program (the page anchor's Helvetica) that show no text
     * once empty text operations are gone, together with the {@code Tf} selecting them: PDF/A
     * forbids non-embedded fonts.
     */
    private static List<Object> dropUnusedStandardFonts(COSDictionary resources, List<Object> tokens) {
        COSDictionary fonts = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return tokens;
        }
        Set<COSName> showing = new HashSet<>();
        COSName current = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op) {
                switch (op.getName()) {
                    case "Tf" -> current = i >= 2 && tokens.get(i - 2) instanceof COSName font ? font : null;
                    case "Tj", "TJ", "'", "\"" -> {
                        if (current != null) {
                            showing.add(current);
                        }
                    }
                    default -> { }
                }
            }
        }
        Set<COSName> dropped = new HashSet<>();
        for (COSName name : new ArrayList<>(fonts.keySet())) {
            if (!showing.contains(name) && fonts.getDictionaryObject(name) instanceof COSDictionary font
                    && !font.containsKey(COSName.FONT_DESC) && !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
                fonts.removeItem(name);
                dropped.add(name);
            }
        }
        if (dropped.isEmpty()) {
            return tokens;
        }
        List<Object> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (i + 2 < tokens.size() && tokens.get(i) instanceof COSName name && dropped.contains(name)
                    && tokens.get(i + 2) instanceof Operator op && "Tf".equals(op.getName())) {
                i += 2;
                continue;
            }
            kept.add(tokens.get(i));
        }
        return kept;
    }

    // ---- catalog and metadata ----------------------------------------------------------------

    private static void fixCatalog(PDDocument doc, PdfMetadata meta) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        catalog.setString(LANG, meta.language());
        COSDictionary markInfo = catalog.getCOSDictionary(MARK_INFO);
        if (markInfo == null) {
            markInfo = new COSDictionary();
            catalog.setItem(MARK_INFO, markInfo);
        }
        markInfo.setBoolean(MARKED, true);
        COSDictionary viewer = catalog.getCOSDictionary(VIEWER_PREFERENCES);
        if (viewer == null) {
            viewer = new COSDictionary();
            catalog.setItem(VIEWER_PREFERENCES, viewer);
        }
        viewer.setBoolean(DISPLAY_DOC_TITLE, true);
    }

    private static void writeMetadata(PDDocument doc, PdfMetadata meta) throws IOException {
        COSDictionary oldInfo = doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
        String producer = oldInfo == null ? null : oldInfo.getString(COSName.PRODUCER);
        if (producer == null || producer.isBlank()) {
            producer = "JasperReports";
        }
        String keywords = String.join(", ", meta.effectiveKeywords());
        String date = XmpPacket.infoDate(meta.documentDate());

        COSDictionary info = new COSDictionary();
        info.setString(COSName.TITLE, meta.title());
        info.setString(COSName.AUTHOR, meta.author());
        if (!meta.subject().isEmpty()) {
            info.setString(COSName.SUBJECT, meta.subject());
        }
        if (!keywords.isEmpty()) {
            info.setString(COSName.KEYWORDS, keywords);
        }
        info.setString(COSName.CREATOR, meta.creator());
        info.setString(COSName.PRODUCER, producer);
        info.setString(COSName.CREATION_DATE, date);
        info.setString(COSName.MOD_DATE, date);
        doc.getDocument().getTrailer().setItem(COSName.INFO, info);

        byte[] xmp = XmpPacket.of(meta, producer, keywords).getBytes(StandardCharsets.UTF_8);
        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    // ---- document id -------------------------------------------------------------------------

    /** Replaces the placeholder /ID (hex, written twice) by the first 16 bytes of a hash of the file. */
    private static void setDocumentId(byte[] bytes) {
        byte[] placeholder = hex(ID_PLACEHOLDER).getBytes(StandardCharsets.US_ASCII);
        byte[] hash = sha256().digest(bytes);
        byte[] id = new byte[16];
        System.arraycopy(hash, 0, id, 0, 16);
        byte[] replacement = hex(id).getBytes(StandardCharsets.US_ASCII);
        int found = 0;
        for (int i = bytes.length - placeholder.length; i >= 0 && found < 2; i--) {
            if (regionMatches(bytes, i, placeholder)) {
                System.arraycopy(replacement, 0, bytes, i, replacement.length);
                found++;
            }
        }
        if (found != 2) {
            throw new IllegalStateException("document /ID placeholder not found twice in the saved PDF (found " + found + ")");
        }
    }

    private static boolean regionMatches(byte[] bytes, int offset, byte[] pattern) {
        for (int i = 0; i < pattern.length; i++) {
            byte b = bytes[offset + i];
            byte p = pattern[i];
            // PDFBox writes hex in upper case; accept either
            if (b != p && Character.toUpperCase((char) b) != p) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
            out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
