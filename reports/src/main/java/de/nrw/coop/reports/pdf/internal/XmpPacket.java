package de.nrw.coop.reports.pdf.internal;

import java.time.LocalDate;
import java.util.List;

import de.nrw.coop.reports.pdf.PdfMetadata;

/**
 * The XMP metadata packet of an archival PDF, written from scratch so that it says exactly what
 * the Info dictionary says (veraPDF compares both) and nothing that depends on the clock.
 *
 * <p>It declares PDF/A-2a ({@code pdfaid}) and PDF/UA-1 ({@code pdfuaid}); since {@code pdfuaid}
 * is not one of the schemas PDF/A predefines, the packet carries the PDF/A extension-schema
 * description of it (ISO 19005-2, 6.6.2.3).
 */
final class XmpPacket {
    private XmpPacket() {}

    /** The packet for the given metadata, producer and document date. */
    static String of(PdfMetadata meta, String producer, String keywords) {
        String date = xmpDate(meta.documentDate());
        StringBuilder xmp = new StringBuilder(4096);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append(" <pdfaid:part>2</pdfaid:part>\n")
                .append(" <pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");

        xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append(" <pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n");

        xmp.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append(" <dc:format>application/pdf</dc:format>\n")
                .append(" <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append(" <dc:creator><rdf:Seq><rdf:li>").append(escape(meta.author()))
                .append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!meta.subject().isEmpty()) {
            xmp.append(" <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xmp.append(" <dc:language><rdf:Bag><rdf:li>").append(escape(meta.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        List<String> words = meta.effectiveKeywords();
        if (!words.isEmpty()) {
            xmp.append(" <dc:subject><rdf:Bag>");
            for (String word : words) {
                xmp.append("<rdf:li>").append(escape(word)).append("</rdf:li>");
            }
            xmp.append("</rdf:Bag></dc:subject>\n");
        }
        xmp.append("</rdf:Description>\n");

        xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append(" <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        if (!keywords.isEmpty()) {
            xmp.append(" <pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n");
        }
        xmp.append("</rdf:Description>\n");

        xmp.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append(" <xmp:CreatorTool>").append(escape(meta.creator())).append("</xmp:CreatorTool>\n")
                .append(" <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append(" <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append(" <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");

        xmp.append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append(" <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("   <pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("   <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("   <pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("   <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n")
                .append("  </rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append(" </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n");

        xmp.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xmp.toString();
    }

    /** Midnight UTC of the document date, as XMP writes dates. */
    static String xmpDate(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /** Midnight UTC of the document date, as the Info dictionary writes dates. */
    static String infoDate(LocalDate date) {
        return String.format("D:%04d%02d%02d000000Z", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // control characters are not allowed in XML 1.0
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
