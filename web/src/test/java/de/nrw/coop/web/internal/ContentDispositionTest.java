package de.nrw.coop.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void theExactNameTravelsPercentEncodedAsUtf8AndAnAsciiNameBesideIt() {
        String name = "Tabellen Südkorea, Großbritannien 2017–2020 „Entwurf“ 경찰대학.xlsx";

        String header = Downloads.contentDisposition(name);

        assertThat(header).startsWith("attachment; filename=\"Tabellen Suedkorea, Grossbritannien 2017-2020 _Entwurf_ ____.xlsx\";"
                + " filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+.^_`|~%-]+");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void quotesBackslashesAndControlCharactersNeverReachTheQuotedName() {
        assertThat(Downloads.asciiFallback("a\"b\\c/d\r\ne.pdf")).isEqualTo("a_b_c_d__e.pdf");
        assertThat(Downloads.asciiFallback("Éléments à côté.pdf")).isEqualTo("Elements a cote.pdf");
    }
}
