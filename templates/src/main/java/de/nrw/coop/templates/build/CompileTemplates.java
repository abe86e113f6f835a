package de.nrw.coop.templates.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Build-time step (exec-maven-plugin, process-classes): compiles every {@code .jrxml} of a folder
 * to a {@code .jasper} file of the same name, so the application never compiles a report at run
 * time (about half a second a report). Fails the build on the first template that does not compile.
 *
 * <p>Jasper gives every element, part and dataset without a {@code uuid} attribute a random one
 * when it compiles, so two builds would differ in every {@code .jasper} file. Each gets a UUID
 * derived from the template's name and the element's place in it instead: the same template
 * compiles to the same bytes, and the jars are reproducible.
 */
public final class CompileTemplates {
    private CompileTemplates() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompileTemplates JRXML_FOLDER OUTPUT_FOLDER");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", "");
            Path jasper = target.resolve(name + ".jasper");
            try {
                JasperDesign design = JRXmlLoader.load(jrxml.toFile());
                new FixedUuids(name).assign(design);
                JasperCompileManager.compileReportToFile(design, jasper.toString());
            } catch (JRException e) {
                throw new IllegalStateException("template " + jrxml + " does not compile: " + e.getMessage(), e);
            }
            System.out.println("compiled " + jrxml.getFileName() + " -> " + jasper);
        }
    }
}
