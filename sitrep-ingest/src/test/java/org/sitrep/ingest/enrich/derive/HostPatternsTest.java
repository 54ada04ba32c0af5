package org.sitrep.ingest.enrich.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostPatternsTest {

    @Test
    void anyDepthSuffixMatchesTheSuffixAndNamesUnderIt() {
        HostPatterns government = new HostPatterns(List.of("*.GOV.cn"));

        assertThat(government.matches("gov.cn")).isTrue();
        assertThat(government.matches("www.Beijing.gov.cn")).isTrue();
        assertThat(government.matches(".gov.cn")).isFalse();
        assertThat(government.matches("notgov.cn")).isFalse();
        assertThat(government.matches("gov.cn.example.com")).isFalse();
    }

    /** The plain suffix form answers as the regular expression of the documented glob does, line breaks included. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "gov.cn", "a.gov.cn", "x.y.gov.cn", ".gov.cn", "..gov.cn", "gov.cn.", "agov.cn", "a\n.gov.cn",
                "\n.gov.cn", "a\u2028b.gov.cn", "a\r\n.gov.cn", "a b.gov.cn", "中国.gov.cn", "", "cn", "a.gov.cn\n"
            })
    void suffixFormAgreesWithTheRegularExpression(String name) {
        boolean expected = Pattern.compile("(?:.+\\.)?gov\\.cn").matcher(name).matches();

        assertThat(new HostPatterns(List.of("*.gov.cn")).matches(name)).isEqualTo(expected);
    }
}
