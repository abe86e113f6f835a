package de.nrw.coop.reports.yearly;

import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.yearly.YearlyData.YearVisits;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of visits per year by direction over the last three years, drawn with JFreeChart to a
 * PNG of fixed size: no anti-aliasing of text, no shadows or gradients, and PNG metadata without
 * times, so the same figures give the same bytes.
 */
final class VisitChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 360;

    private VisitChart() {}

    static byte[] png(String countryName, List<YearVisits> visits) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (YearVisits v : visits) {
            data.addValue(v.toNrw(), "nach NRW", Integer.toString(v.year()));
            data.addValue(v.fromNrw(), "aus NRW", Integer.toString(v.year()));
        }
        JFreeChart chart = ChartFactory.createBarChart("Besuche " + countryName, null, "Anzahl", data,
                PlotOrientation.VERTICAL, true, false, false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
        chart.getTitle().setFont(font.deriveFont(Font.BOLD, 22f));
        chart.getLegend().setItemFont(font);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.getDomainAxis().setTickLabelFont(font);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(font);
        range.setLabelFont(font);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F4E79));
        renderer.setSeriesPaint(1, new Color(0x9DC3E6));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new ReportException("cannot draw the visits chart of " + countryName + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The chart's alternative text (PDF/UA): what it shows, in words. */
    static String altText(String countryName, List<YearVisits> visits) {
        StringBuilder s = new StringBuilder("Balkendiagramm: Besuche ").append(countryName)
                .append(" nach Jahr und Richtung. ");
        for (YearVisits v : visits) {
            s.append(v.year()).append(": ").append(v.toNrw()).append(" nach NRW, ")
                    .append(v.fromNrw()).append(" aus NRW. ");
        }
        return s.toString().strip();
    }
}
