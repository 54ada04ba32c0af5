package org.sitrep.ingest.feeds.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.BadField;

class AddressesTest {

    @Test
    void readsAsNumbersPlainOrPrefixed() {
        assertThat(Addresses.asn("src_asn", "64496")).isEqualTo(64496L);
        assertThat(Addresses.asn("src_asn", " as 64496 ")).isEqualTo(64496L);
        assertThat(Addresses.asn("src_asn", "AS4294967295")).isEqualTo(4294967295L);
        assertThat(Addresses.asn("src_asn", "0")).isNull();
        assertThat(Addresses.asn("src_asn", "")).isNull();
        assertThatThrownBy(() -> Addresses.asn("src_asn", "4294967296")).isInstanceOf(BadField.class);
        assertThatThrownBy(() -> Addresses.asn("src_asn", "12345678901")).isInstanceOf(BadField.class);
        assertThatThrownBy(() -> Addresses.asn("src_asn", "６４４９６")).isInstanceOf(BadField.class);
    }

    @Test
    void countryCodesAreTwoAsciiLettersUpperCased() {
        assertThat(Addresses.countryCode("cn")).isEqualTo("CN");
        assertThat(Addresses.countryCode(" Us ")).isEqualTo("US");
        assertThat(Addresses.countryCode("ZZ")).isNull();
        assertThat(Addresses.countryCode("-")).isNull();
        assertThat(Addresses.countryCode("CHN")).isNull();
        assertThat(Addresses.countryCode("Ｃn")).isNull();
    }
}
