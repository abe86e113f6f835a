package de.nrw.coop.reports.answer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless as a second, independent reader of coop's Word documents (Debian
 * {@code libreoffice-writer-nogui}). Tests that need it are skipped, with a notice, where
 * {@code soffice} is not on the PATH.
 */
final class LibreOffice {
    private LibreOffice() {}

    /** The soffice executable, or skips the calling test with a notice. */
    static Path sofficeOrSkip() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String notice = "SKIPPED: LibreOffice (soffice) is not on the PATH, so the DOCX conversion check did not run;"
                + " install it with: apt-get install -y libreoffice-writer-nogui";
        System.out.println(notice);
        Assumptions.abort(notice);
        return null;
    }

    /** Converts the DOCX to PDF with LibreOffice headless, in a profile of its own inside {@code work}. */
    static byte[] toPdf(byte[] docx, Path work) throws IOException, InterruptedException {
        Path soffice = sofficeOrSkip();
        Path in = Files.write(work.resolve("draft.docx"), docx);
        // the fonts coop ships (NanumGothic for Hangul) beside the system's, as a Word user would have them
        Path fonts = Path.of("..", "templates", "src", "main", "resources", "fonts").toAbsolutePath().normalize();
        Path config = Files.writeString(work.resolve("fonts.conf"), "<?xml version=\"1.0\"?><fontconfig>"
                + "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include><dir>" + fonts + "</dir>"
                + "<cachedir>" + work.resolve("fontcache") + "</cachedir></fontconfig>");
        ProcessBuilder builder = new ProcessBuilder(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                work.toString(), in.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile());
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        Process p = builder.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not convert the draft within 180 s");
        }
        Path pdf = work.resolve("draft.pdf");
        if (p.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice could not convert the draft (exit " + p.exitValue() + "): "
                    + Files.readString(work.resolve("soffice.log")));
        }
        return Files.readAllBytes(pdf);
    }
}
