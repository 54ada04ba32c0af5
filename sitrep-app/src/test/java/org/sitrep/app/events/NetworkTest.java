package org.sitrep.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void aNetworkIsItsFamilyAndPrefixBits() {
        Network network = Network.of("cidr", "198.51.100.0/22");
        assertThat(network.canonical()).isEqualTo("198.51.100.0/22");
        // 198 = 11000110, 51 = 00110011, 100 = 011001|00
        assertThat(network.bits()).isEqualTo("4" + "11000110" + "00110011" + "011001");
        assertThat(network.textPrefix()).isEqualTo("198.51.");
        assertThat(network.textExact()).isFalse();
        assertThat(Network.of("cidr", "198.51.0.0/16").textExact()).isTrue();
        assertThat(Network.of("cidr", "10.0.0.0/8").textPrefix()).isEqualTo("10.");
    }

    @Test
    void anIpv6NetworkIsWrittenCanonicallyAndHasNoTextPrefix() {
        Network network = Network.of("cidr", "2001:DB8:0::/32");
        assertThat(network.canonical()).isEqualTo("2001:db8::/32");
        assertThat(network.bits()).isEqualTo("6" + "0010000000000001" + "0000110110111000");
        assertThat(network.textPrefix()).isEmpty();
    }

    @Test
    void anAddressAloneIsItsOwnNetworkAndKeepsAPrefixOfThreeOctets() {
        Network network = Network.of("cidr", "192.0.2.1");
        assertThat(network.canonical()).isEqualTo("192.0.2.1/32");
        assertThat(network.bits()).hasSize(33);
        assertThat(network.textPrefix()).isEqualTo("192.0.2.");
        assertThat(network.textExact()).isFalse();
        assertThat(Network.of("cidr", "0.0.0.0/0").bits()).isEqualTo("4");
    }

    @Test
    void refusesHostBitsAndWhatIsNoNetwork() {
        assertThatThrownBy(() -> Network.of("cidr", "10.0.0.1/8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cidr has host bits set: 10.0.0.1/8 (the network is 10.0.0.0/8)");
        assertThatThrownBy(() -> Network.of("cidr", "example.cn"))
                .hasMessageStartingWith("cidr is not an IP address or network");
        assertThatThrownBy(() -> Network.address("ip", "10.0.0.0/8")).hasMessageContaining("not a network");
    }

    @Test
    void anAddressIsWrittenAsEventsStoreIt() {
        assertThat(Network.address("ip", "2001:DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(Network.address("ip", " 198.51.100.7 ")).isEqualTo("198.51.100.7");
    }
}
