package org.sitrep.ingest.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeTableLocatorTest {

    static Path fixture(String name) {
        try {
            return Path.of(RangeTableLocatorTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private final List<String> warnings = new ArrayList<>();
    private final RangeTableLocator table = load("geo-ranges.csv");

    private RangeTableLocator load(String name) {
        try {
            return RangeTableLocator.load(fixture(name), warnings::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private IpLocation locate(String ip) {
        return table.locate(new IPAddressString(ip).getAddress());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "198.51.100.0, 广东省", // first address of the range
        "198.51.100.127, 广东省", // last address
        "198.51.100.128, 北京市", // first of the next range
        "198.51.100.255, 北京市",
        "192.0.2.10, 广西壮族自治区", // a one-address range
        "2001:db8::, 浙江省",
        "2001:db8::1, 浙江省",
        "2001:db8:0:ffff:ffff:ffff:ffff:ffff, 浙江省",
        "::ffff:198.51.100.5, 广东省" // IPv4-mapped IPv6 reads as IPv4
    })
    void locatesInsideRangesIncludingTheirEdges(String ip, String province) {
        assertThat(locate(ip).region()).isEqualTo(province);
        assertThat(locate(ip).countryCode()).isEqualTo("CN");
    }

    @ParameterizedTest
    @CsvSource({
        "192.0.2.9",
        "192.0.2.11",
        "198.51.99.255",
        "203.0.114.0",
        "0.0.0.0",
        "255.255.255.255",
        "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
        "2001:db8:1:0:0:0:0:100",
        "2001:db8:1::",
        "::",
        "ffff::"
    })
    void addressOutsideEveryRangeIsUnknownOrItsOwn(String ip) {
        IpLocation location = locate(ip);
        if (ip.equals("2001:db8:1::")) {
            assertThat(location.countryCode()).isEqualTo("DE");
        } else {
            assertThat(location).isEqualTo(IpLocation.UNKNOWN);
        }
    }

    @Test
    void givesCountryCityAndAsOfTheRow() {
        assertThat(locate("198.51.100.77")).isEqualTo(new IpLocation("CN", "广东省", "深圳市", 64500L, "EXAMPLE-TELECOM-GD"));
        assertThat(locate("203.0.113.9")).isEqualTo(new IpLocation("US", null, null, 64510L, "EXAMPLE-HOSTING-US"));
        assertThat(table.size()).isEqualTo(6);
        assertThat(warnings).isEmpty();
    }

    @Test
    void numericLookupsMatchParsedOnes() {
        long address = (198L << 24) | (51L << 16) | (100L << 8) | 200;
        assertThat(table.locateIpv4(address).region()).isEqualTo("北京市");
        assertThat(table.locateIpv6(0x20010db800000000L, 5L).region()).isEqualTo("浙江省");
    }

    @Test
    void flawedRowsAreLeftOutWithOneWarningPerKind() {
        RangeTableLocator flawed = load("geo-ranges-flawed.csv");

        // kept: 192.0.2.0-99 (AS64504 read as 64504, BOM skipped) and 192.0.2.250-255 (cc upper-cased);
        // unreadable: not-an-ip, end before start, mixed families, "China"; overlapping: 192.0.2.50-150.
        assertThat(flawed.size()).isEqualTo(2);
        assertThat(flawed.locate(new IPAddressString("192.0.2.99").getAddress()))
                .isEqualTo(new IpLocation("CN", "江苏省", "南京市", 64504L, "EXAMPLE-JS"));
        assertThat(flawed.locate(new IPAddressString("192.0.2.120").getAddress()))
                .isEqualTo(IpLocation.UNKNOWN);
        assertThat(flawed.locate(new IPAddressString("192.0.2.251").getAddress())
                        .countryCode())
                .isEqualTo("CN");
        assertThat(warnings)
                .containsExactly(
                        "geo ranges table geo-ranges-flawed.csv: 4 unreadable row(s) left out (first at line 4)",
                        "geo ranges table geo-ranges-flawed.csv: 1 row(s) overlapping an earlier range left out");
    }
}
