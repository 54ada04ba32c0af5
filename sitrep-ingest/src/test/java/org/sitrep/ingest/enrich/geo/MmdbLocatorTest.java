package org.sitrep.ingest.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmdbLocatorTest {

    @TempDir
    Path directory;

    private static IpLocation locate(MmdbLocator locator, String ip) {
        return locator.locate(new IPAddressString(ip).getAddress());
    }

    @Test
    void readsFlatIpLocationDbCountryLayoutForIpv4AndIpv6() throws IOException {
        Path file = directory.resolve("dbip-country.mmdb");
        new MmdbFileWriter("ip-location-db-country")
                .insert("198.51.100.0/24", Map.of("country_code", "CN"))
                .insert("2001:db8::/32", Map.of("country_code", "JP"))
                .write(file);

        MmdbLocator locator = MmdbLocator.open(file);

        assertThat(locate(locator, "198.51.100.0")).isEqualTo(new IpLocation("CN", null, null, null, null));
        assertThat(locate(locator, "198.51.100.255").countryCode()).isEqualTo("CN");
        assertThat(locate(locator, "198.51.101.0")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "198.51.99.255")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "2001:db8:ffff::1").countryCode()).isEqualTo("JP");
        assertThat(locate(locator, "2001:db9::").countryCode()).isNull();
        assertThat(locator.description()).isEqualTo("mmdb dbip-country.mmdb (ip-location-db-country)");
    }

    @Test
    void readsGeoIp2CountryLayout() throws IOException {
        Path file = directory.resolve("geolite2-country.mmdb");
        new MmdbFileWriter("GeoLite2-Country")
                .insert(
                        "203.0.113.0/24",
                        Map.of(
                                "continent", Map.of("code", "NA"),
                                "country", Map.of("iso_code", "US", "names", Map.of("en", "United States")),
                                "registered_country", Map.of("iso_code", "CA")))
                .write(file);

        assertThat(locate(MmdbLocator.open(file), "203.0.113.200").countryCode())
                .isEqualTo("US");
    }

    @Test
    void readsAsnLayout() throws IOException {
        Path file = directory.resolve("asn.mmdb");
        new MmdbFileWriter("GeoLite2-ASN")
                .insert(
                        "198.51.100.0/25",
                        Map.of("autonomous_system_number", 64500L, "autonomous_system_organization", "EXAMPLE-AS"))
                .insert("2001:db8::/48", Map.of("autonomous_system_number", 4_200_000_000L))
                .write(file);

        MmdbLocator locator = MmdbLocator.open(file);

        assertThat(locate(locator, "198.51.100.127")).isEqualTo(new IpLocation(null, null, null, 64500L, "EXAMPLE-AS"));
        assertThat(locate(locator, "198.51.100.128")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "2001:db8::5").asn()).isEqualTo(4_200_000_000L);
    }
}
