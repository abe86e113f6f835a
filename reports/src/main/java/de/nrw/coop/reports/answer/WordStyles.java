package de.nrw.coop.reports.answer;

/**
 * The named styles of coop's Word documents, after the answer PDF: body 11 pt in the
 * Arial-metric sans serif (LibreOffice substitutes Liberation Sans), German language, the
 * East-Asian fonts for Hangul and Han; headings and questions bold, the question with a hanging
 * number, an empty line's space after each paragraph. Staff restyle the whole document by editing
 * a style, never by direct formatting.
 */
final class WordStyles {
    static final String NORMAL = "Normal";
    static final String HEADER_BLOCK = "CoopHeaderBlock";
    static final String HEADER_PARLIAMENT = "CoopParliament";
    static final String ANSWER_HEADING = "CoopAnswerHeading";
    static final String REQUESTER = "CoopRequester";
    static final String TITLE = "Title";
    static final String HEADING = "Heading1";
    static final String PREFACE = "CoopPreface";
    static final String ATTRIBUTION = "CoopAttribution";
    static final String QUESTION = "CoopQuestion";
    static final String ANSWER = "CoopAnswer";
    static final String CAPTION = "Caption";
    static final String TABLE = "CoopTable";
    static final String TABLE_HEADING = "CoopTableHeading";
    static final String TABLE_HEADING_NUMBER = "CoopTableHeadingNumber";
    static final String TABLE_TEXT = "CoopTableText";
    static final String TABLE_NUMBER = "CoopTableNumber";
    static final String TABLE_TOTAL = "CoopTableTotal";
    static final String TABLE_TOTAL_NUMBER = "CoopTableTotalNumber";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String CONTRIBUTION_HEADING = "CoopContributionHeading";
    static final String CONTRIBUTION = "CoopContribution";
    static final String FORM_NOTE = "CoopFormNote";
    static final String PLACEHOLDER = "PlaceholderText";

    /** Hanging indent of the question number, in twips (1 cm). */
    static final int HANG = 567;

    private WordStyles() {}

    static String xml() {
        int right = WordDocument.TEXT_WIDTH;
        StringBuilder sb = new StringBuilder("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"").append(WordDocument.LATIN_FONT).append("\" w:hAnsi=\"")
                .append(WordDocument.LATIN_FONT).append("\" w:cs=\"").append(WordDocument.LATIN_FONT)
                .append("\" w:eastAsia=\"").append(WordDocument.HAN_FONT).append("\"/>")
                .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"de-DE\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        paragraph(sb, NORMAL, "Normal", null, true, "", "");
        paragraph(sb, HEADER_BLOCK, "coop Kopfblock", NORMAL, true,
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + right + "\"/></w:tabs>", "");
        character(sb, HEADER_PARLIAMENT, "coop Landtag", "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
        paragraph(sb, ANSWER_HEADING, "coop Antwort", NORMAL, true, "<w:spacing w:before=\"480\" w:after=\"40\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
        paragraph(sb, REQUESTER, "coop Anfrageblock", NORMAL, true, "<w:spacing w:after=\"240\"/>", "");
        paragraph(sb, TITLE, "Title", NORMAL, true, "<w:keepNext/><w:spacing w:after=\"240\"/><w:outlineLvl w:val=\"0\"/>",
                "<w:b/><w:bCs/>");
        paragraph(sb, HEADING, "heading 1", NORMAL, true, "<w:keepNext/><w:spacing w:after=\"220\"/><w:outlineLvl w:val=\"0\"/>",
                "<w:b/><w:bCs/>");
        paragraph(sb, PREFACE, "coop Vorbemerkung", NORMAL, true, "<w:spacing w:after=\"220\"/>", "");
        paragraph(sb, ATTRIBUTION, "coop Beantwortung", NORMAL, true, "<w:spacing w:after=\"220\"/>", "");
        paragraph(sb, QUESTION, "coop Frage", NORMAL, true, "<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val=\"left\" w:pos=\""
                + HANG + "\"/></w:tabs><w:spacing w:after=\"220\"/><w:ind w:left=\"" + HANG + "\" w:hanging=\"" + HANG
                + "\"/><w:outlineLvl w:val=\"1\"/>", "<w:b/><w:bCs/>");
        paragraph(sb, ANSWER, "coop Antworttext", NORMAL, true, "<w:spacing w:after=\"220\"/>", "");
        paragraph(sb, CAPTION, "caption", NORMAL, true, "<w:keepNext/><w:spacing w:after=\"60\"/>", "<w:i/><w:iCs/>");
        paragraph(sb, TABLE_TEXT, "coop Tabelle Text", NORMAL, true, "<w:spacing w:before=\"40\" w:after=\"40\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        paragraph(sb, TABLE_NUMBER, "coop Tabelle Zahl", TABLE_TEXT, true, "<w:jc w:val=\"right\"/>", "");
        paragraph(sb, TABLE_HEADING, "coop Tabelle Kopf", TABLE_TEXT, true, "<w:keepNext/>", "<w:b/><w:bCs/>");
        paragraph(sb, TABLE_HEADING_NUMBER, "coop Tabelle Kopf Zahl", TABLE_HEADING, true, "<w:jc w:val=\"right\"/>", "");
        paragraph(sb, TABLE_TOTAL, "coop Tabelle Summe", TABLE_TEXT, true, "", "<w:b/><w:bCs/>");
        paragraph(sb, TABLE_TOTAL_NUMBER, "coop Tabelle Summe Zahl", TABLE_TOTAL, true, "<w:jc w:val=\"right\"/>", "");
        paragraph(sb, FOOTNOTE_TEXT, "footnote text", NORMAL, true, "", "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
        character(sb, FOOTNOTE_REFERENCE, "footnote reference", "<w:vertAlign w:val=\"superscript\"/>");
        character(sb, PLACEHOLDER, "Placeholder Text", "<w:color w:val=\"808080\"/>");
        paragraph(sb, HEADER, "header", NORMAL, true, "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + right + "\"/></w:tabs>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
        paragraph(sb, FOOTER, "footer", NORMAL, true, "", "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
        paragraph(sb, CONTRIBUTION_HEADING, "coop Beiträge Überschrift", NORMAL, true,
                "<w:keepNext/><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"7F7F7F\"/></w:pBdr>"
                        + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/><w:spacing w:before=\"120\" w:after=\"60\"/>",
                "<w:b/><w:bCs/><w:color w:val=\"7F6000\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        paragraph(sb, CONTRIBUTION, "coop Beitrag", NORMAL, true,
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/><w:spacing w:after=\"120\"/>"
                        + "<w:ind w:left=\"284\"/>",
                "<w:color w:val=\"404040\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        paragraph(sb, FORM_NOTE, "coop Formular Hinweis", NORMAL, true,
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DEEAF6\"/><w:spacing w:after=\"220\"/>", "");
        sb.append("<w:style w:type=\"table\" w:styleId=\"").append(TABLE).append("\"><w:name w:val=\"coop Tabelle\"/>")
                .append("<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:qFormat/><w:tblPr>")
                .append("<w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>");
        }
        sb.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>")
                .append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")
                .append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>")
                .append("</w:styles>");
        return sb.toString();
    }

    private static void paragraph(StringBuilder sb, String id, String name, String basedOn, boolean quick, String pPr,
                                  String rPr) {
        sb.append("<w:style w:type=\"paragraph\"");
        if (id.equals(NORMAL)) {
            sb.append(" w:default=\"1\"");
        }
        sb.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            sb.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (quick) {
            sb.append("<w:qFormat/>");
        }
        if (!pPr.isEmpty()) {
            sb.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            sb.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        sb.append("</w:style>");
    }

    private static void character(StringBuilder sb, String id, String name, String rPr) {
        sb.append("<w:style w:type=\"character\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>").append(rPr).append("</w:rPr></w:style>");
    }
}
