package org.sitrep.ingest.feeds.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.BadField;

class CanonicalAddressesTest {

    @Test
    void ipGivesTheCanonicalTextEveryTimeItIsAsked() {
        for (int i = 0; i < 3; i++) {
            assertThat(FieldValues.ip("source.ip", "2001:DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
            assertThat(FieldValues.ip("source.ip", "2001:db8::0:1")).isEqualTo("2001:db8::1");
            assertThat(FieldValues.ip("source.ip", "198.51.100.7")).isEqualTo("198.51.100.7");
            assertThat(FieldValues.ip("source.ip", "198.051.100.7")).isEqualTo("198.51.100.7");
            assertThatThrownBy(() -> FieldValues.ip("source.ip", "2001:db8::g"))
                    .isInstanceOf(BadField.class)
                    .hasMessageContaining("source.ip is not an IP address: 2001:db8::g");
        }
    }
}
