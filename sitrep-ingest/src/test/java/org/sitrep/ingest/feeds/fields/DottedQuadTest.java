package org.sitrep.ingest.feeds.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DottedQuadTest {

    @ParameterizedTest
    @CsvSource({
        // 192·2^24 + 0·2^16 + 2·2^8 + 1
        "192.0.2.1, 3221225985",
        "0.0.0.0, 0",
        "255.255.255.255, 4294967295",
        // 203·2^24 + 0·2^16 + 113·2^8 + 80
        "203.0.113.80, 3405803856"
    })
    void readsThePlainFormAsItsValue(String text, long value) {
        assertThat(DottedQuad.value(text)).isEqualTo(value);
        assertThat(DottedQuad.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01.2.3.4",
                "1.2.3.04",
                "256.1.1.1",
                "1.2.3",
                "1.2.3.4.5",
                "1..2.3",
                "1.2.3.",
                ".1.2.3",
                " 1.2.3.4",
                "1.2.3.4 ",
                "1.2.3.4/24",
                "2001:db8::1",
                "::ffff:192.0.2.1",
                "[192.0.2.1]",
                "1.2.3.1000",
                "a.b.c.d",
                ""
            })
    void leavesEveryOtherTextToTheAddressParser(String text) {
        assertThat(DottedQuad.value(text)).isEqualTo(DottedQuad.NOT_PLAIN);
    }
}
