package de.nrw.coop.bench;

import de.nrw.coop.model.Question;

/** A JavaBean row of the answer template, as plain Jasper code would feed it. */
public final class BenchRow {
    private final int section;
    private final int block;
    private final String kind;
    private final String text;
    private final Question question;
    private final boolean breakBefore;

    BenchRow(int section, int block, String kind, String text, Question question, boolean breakBefore) {
        this.section = section;
        this.block = block;
        this.kind = kind;
        this.text = text;
        this.question = question;
        this.breakBefore = breakBefore;
    }

    public Integer getSection() { return section; }
    public Integer getBlock() { return block; }
    public String getKind() { return kind; }
    public String getText() { return text; }
    public String getAnchor() { return "heading".equals(kind) ? text : null; }
    public Boolean getBreakBefore() { return breakBefore; }
    public String getQnum() { return question == null ? null : question.number() + "."; }
    public String getQtext() { return question == null ? null : question.text(); }
    public String getQanchor() { return question == null ? null : "Frage " + question.number(); }
    public Integer getCols() { return 0; }
    public Integer getNumericFrom() { return 9; }
    public Integer getRowIndex() { return 0; }
    public Boolean getLastRow() { return false; }
    public String getH1() { return null; }
    public String getH2() { return null; }
    public String getH3() { return null; }
    public String getH4() { return null; }
    public String getH5() { return null; }
    public String getC1() { return null; }
    public String getC2() { return null; }
    public String getC3() { return null; }
    public String getC4() { return null; }
    public String getC5() { return null; }
}
