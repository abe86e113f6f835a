package de.nrw.coop.reports.word;

import de.nrw.coop.reports.answer.DraftTags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What coop reads from one of its Word documents after staff edited it: the custom properties, the
 * footnote texts, and coop's content controls with their blocks (paragraphs with footnote markers,
 * nested controls), walking the document XML as Word saved it. Whatever the store cannot hold is
 * collected as a problem, never dropped.
 */
final class DocxContent {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A block inside a control: a paragraph (text with markers {@code [^id]}, Word footnote ids) or a nested control. */
    sealed interface Block permits Paragraph, Control {}

    record Paragraph(String text, List<Integer> footnotes) implements Block {
        boolean blank() {
            return text.isBlank() && footnotes.isEmpty();
        }
    }

    /** @param text the text of every run inside, whatever the structure (for the locked controls' check) */
    record Control(DraftTags.Tag tag, String rawTag, List<Block> blocks, boolean placeholder, String text)
            implements Block {}

    private final String file;
    private final Map<String, String> properties = new HashMap<>();
    private final Map<Integer, String> footnotes = new HashMap<>();
    private final List<Control> controls = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    private DocxContent(String file) {
        this.file = file;
    }

    /**
     * Reads the document.
     *
     * @throws WordImportException if the file is no Word document at all
     */
    static DocxContent read(Path path) {
        DocxContent content = new DocxContent(path.getFileName().toString());
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(path)) {
            doc = new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            // POI throws unchecked exceptions of its own for files that are no OOXML package
            throw new WordImportException(content.file, "not a Word document (.docx) coop can read: " + e.getMessage());
        }
        try (doc) {
            content.load(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return content;
    }

    private void load(XWPFDocument doc) {
        POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
        if (custom.getUnderlyingProperties() != null) {
            for (CTProperty p : custom.getUnderlyingProperties().getPropertyList()) {
                if (p.isSetLpwstr()) {
                    properties.put(p.getName(), p.getLpwstr());
                }
            }
        }
        for (XWPFFootnote note : doc.getFootnotes()) {
            if (note.getCTFtnEdn().getType() != null) {
                continue;
            }
            Control holder = new Control(null, null, new ArrayList<>(), false, "");
            blocks(note.getCTFtnEdn().getDomNode(), holder.blocks(), "footnote " + note.getCTFtnEdn().getId());
            StringBuilder sb = new StringBuilder();
            for (Block b : holder.blocks()) {
                if (b instanceof Paragraph p && !p.blank()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(p.text().strip());
                }
            }
            footnotes.put(note.getCTFtnEdn().getId().intValue(), sb.toString());
        }
        Node body = doc.getDocument().getBody().getDomNode();
        findControls(body);
    }

    /** coop's controls anywhere in the body (Word may wrap them in other controls). */
    private void findControls(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!W.equals(child.getNamespaceURI())) {
                continue;
            }
            if ("sdt".equals(child.getLocalName())) {
                String raw = tag(child);
                DraftTags.Tag tag = DraftTags.parse(raw);
                if (tag != null) {
                    controls.add(control(child, tag, raw));
                    continue;
                }
            }
            findControls(child);
        }
    }

    private Control control(Node sdt, DraftTags.Tag tag, String raw) {
        List<Block> blocks = new ArrayList<>();
        boolean placeholder = false;
        StringBuilder text = new StringBuilder();
        for (Node child = sdt.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("sdtPr".equals(child.getLocalName())) {
                placeholder = element(child, "showingPlcHdr") != null;
            } else if ("sdtContent".equals(child.getLocalName())) {
                allText(child, text);
                if (readBack(tag)) {
                    blocks(child, blocks, where(tag));
                }
            }
        }
        return new Control(tag, raw, blocks, placeholder, text.toString());
    }

    private static void allText(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (W.equals(child.getNamespaceURI()) && "t".equals(child.getLocalName())) {
                sb.append(text(child));
            } else {
                allText(child, sb);
            }
        }
    }

    /** Controls whose content coop reads; the others (computed, front matter, contributions shown) stay unread. */
    private static boolean readBack(DraftTags.Tag tag) {
        return switch (tag.kind()) {
            case DraftTags.ANSWER, DraftTags.QUESTION, DraftTags.CONTRIBUTION -> true;
            default -> false;
        };
    }

    static String where(DraftTags.Tag tag) {
        return tag.question() > 0 ? "question " + tag.question() : "the " + tag.kind() + " part";
    }

    private void blocks(Node parent, List<Block> out, String where) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "p" -> out.add(paragraph(child, where, out.size() + 1));
                case "sdt" -> {
                    String raw = tag(child);
                    DraftTags.Tag tag = DraftTags.parse(raw);
                    if (tag != null) {
                        out.add(control(child, tag, raw));
                    } else {
                        // a control staff added: its content counts as if it stood here
                        Node content = element(child, "sdtContent");
                        if (content != null) {
                            blocks(content, out, where);
                        }
                    }
                }
                case "tbl" -> problems.add(where + ": a table typed into the text cannot be stored (coop's tables"
                        + " are computed from the data); remove it or write its content as paragraphs");
                case "ins", "del", "moveFrom", "moveTo" -> trackedChange(where);
                case "customXml", "smartTag" -> blocks(child, out, where);
                default -> {
                    // bookmarks, comment ranges, permissions, proofing marks: no content
                }
            }
        }
    }

    private Paragraph paragraph(Node p, String where, int position) {
        StringBuilder sb = new StringBuilder();
        List<Integer> notes = new ArrayList<>();
        inline(p, sb, notes, where);
        String text = sb.toString();
        return new Paragraph(text, notes);
    }

    private void inline(Node parent, StringBuilder sb, List<Integer> notes, String where) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!W.equals(child.getNamespaceURI())) {
                if (child.getNodeType() == Node.ELEMENT_NODE && !"AlternateContent".equals(child.getLocalName())) {
                    continue;
                }
                if ("AlternateContent".equals(child.getLocalName())) {
                    problems.add(where + ": a drawing or shape cannot be stored; remove it");
                }
                continue;
            }
            switch (child.getLocalName()) {
                case "r" -> {
                    formatting(child, where);
                    inline(child, sb, notes, where);
                }
                case "t" -> sb.append(text(child));
                case "tab", "ptab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "noBreakHyphen" -> sb.append('\u2011');
                case "softHyphen" -> sb.append('\u00AD');
                case "footnoteReference" -> {
                    int id = Integer.parseInt(((Element) child).getAttributeNS(W, "id"));
                    notes.add(id);
                    sb.append("[^").append(id).append(']');
                }
                case "endnoteReference" -> problems.add(where + ": an endnote cannot be stored; make it a footnote");
                case "ins", "del", "moveFrom", "moveTo", "delText" -> trackedChange(where);
                case "drawing", "pict", "object" -> problems.add(where + ": a picture or object cannot be stored;"
                        + " remove it");
                case "sym" -> problems.add(where + ": a symbol inserted from a symbol font cannot be stored; type the"
                        + " character instead");
                case "hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "dir", "bdo" ->
                        inline(child, sb, notes, where);
                case "sdt" -> {
                    Node content = element(child, "sdtContent");
                    if (content != null) {
                        inline(content, sb, notes, where);
                    }
                }
                default -> {
                    // properties, bookmarks, proofing and comment marks, field codes: no text
                }
            }
        }
    }

    private boolean trackedReported;

    private void trackedChange(String where) {
        if (!trackedReported) {
            problems.add(where + ": the document holds tracked changes; accept or reject them in Word"
                    + " (Review > Accept/Reject), save, and import again");
            trackedReported = true;
        }
    }

    /** Direct formatting the store cannot keep: refused, so it is not lost silently. */
    private void formatting(Node run, String where) {
        Node rPr = element(run, "rPr");
        if (rPr == null || element(run, "footnoteReference") != null || element(run, "footnoteRef") != null) {
            return;
        }
        List<String> found = new ArrayList<>();
        for (String name : new String[] {"b", "i", "u", "strike", "dstrike", "caps", "vertAlign", "highlight"}) {
            Node e = element(rPr, name);
            if (e == null) {
                continue;
            }
            String val = ((Element) e).getAttributeNS(W, "val");
            if (val.equals("0") || val.equals("false") || val.equals("none") || val.equals("baseline")) {
                continue;
            }
            found.add(switch (name) {
                case "b" -> "bold";
                case "i" -> "italic";
                case "u" -> "underlined";
                case "strike", "dstrike" -> "struck through";
                case "caps" -> "in capitals";
                case "vertAlign" -> val;
                default -> "highlighted";
            });
        }
        if (!found.isEmpty()) {
            StringBuilder text = new StringBuilder();
            inline(run, text, new ArrayList<>(), where);
            problems.add(where + ": „" + text.toString().strip() + "“ is " + String.join(" and ", found)
                    + "; answers are stored as plain text and the formatting would be lost: remove it"
                    + " (select the text, Ctrl+Space) and import again");
        }
    }

    /** The text of an element (XMLBeans' DOM has no getTextContent). */
    private static String text(Node element) {
        StringBuilder sb = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(child.getNodeValue());
            }
        }
        return sb.toString();
    }

    private static Node element(Node parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (W.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static String tag(Node sdt) {
        Node pr = element(sdt, "sdtPr");
        Node tag = pr == null ? null : element(pr, "tag");
        return tag == null ? null : ((Element) tag).getAttributeNS(W, "val");
    }

    String file() {
        return file;
    }

    String property(String name) {
        return properties.get(name);
    }

    /** Footnote text by Word footnote id. */
    Map<Integer, String> footnotes() {
        return footnotes;
    }

    /** coop's top-level controls in document order, grouped by raw tag (a tag given twice has two entries). */
    Map<String, List<Control>> controlsByTag() {
        Map<String, List<Control>> byTag = new LinkedHashMap<>();
        for (Control c : controls) {
            byTag.computeIfAbsent(c.rawTag(), k -> new ArrayList<>()).add(c);
        }
        return byTag;
    }

    /** A control's paragraphs as text with footnotes resolved to "[^text]", blank ones left out (for comparisons). */
    String resolvedText(Control control) {
        StringBuilder sb = new StringBuilder();
        for (Block b : control.blocks()) {
            if (b instanceof Paragraph p && !p.blank()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(resolve(p.text()));
            }
        }
        return sb.toString();
    }

    String resolve(String text) {
        return de.nrw.coop.model.Inquiry.MARKER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "[^" + footnotes.getOrDefault(Integer.parseInt(m.group(1)), "") + "]"));
    }
}
