package de.nrw.coop.templates;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates of coop, compiled at build time ({@code src/main/jrxml} → {@code .jasper}
 * in this jar). Loaded once per name and cached: a compiled report is immutable and may be filled
 * by several threads at once.
 */
public final class Templates {
    /** The answer to a Kleine Anfrage (Antwort der Landesregierung). */
    public static final String ANSWER = "answer";

    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    private Templates() {}

    /**
     * The compiled report of the given name.
     *
     * @throws IllegalArgumentException if no such compiled template is on the classpath
     */
    public static JasperReport load(String name) {
        return CACHE.computeIfAbsent(name, Templates::read);
    }

    private static JasperReport read(String name) {
        String resource = name + ".jasper";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no compiled template '" + name + "' (" + resource
                        + " in package de.nrw.coop.templates); was the templates module built?");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load compiled template '" + name + "': " + e.getMessage(), e);
        }
    }
}
