package org.sitrep.ingest.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.enrich.geo.XdbFileWriter.Segment;

class GeoEnricherTest {

    @TempDir
    Path directory;

    private GeoEnricher enricher;

    @BeforeEach
    void loadDatabases() throws IOException {
        RangeTableLocator table =
                RangeTableLocator.load(RangeTableLocatorTest.fixture("geo-ranges.csv"), warning -> {});
        Path country = directory.resolve("country.mmdb");
        new MmdbFileWriter("country")
                .insert("192.0.2.0/24", Map.of("country_code", "CN"))
                .insert("203.0.113.0/24", Map.of("country_code", "GB"))
                .write(country);
        Path asn = directory.resolve("asn.mmdb");
        new MmdbFileWriter("asn")
                .insert(
                        "192.0.2.0/24",
                        Map.of("autonomous_system_number", 64496L, "autonomous_system_organization", "DOC-AS"))
                .write(asn);
        Path xdb = directory.resolve("region.xdb");
        XdbFileWriter.write(xdb, false, List.of(new Segment("192.0.2.0", "192.0.2.255", "中国|0|江苏|苏州|电信")));
        enricher = new GeoEnricher(
                List.of(table, MmdbLocator.open(country), MmdbLocator.open(asn), Ip2RegionLocator.open(xdb)));
    }

    private static Event event(Endpoint source, Endpoint destination) {
        return Event.of(Instant.parse("2026-11-23T00:00:00Z"), "test-feed", "infected-system", "mirai")
                .withSource(source)
                .withDestination(destination);
    }

    private static Endpoint ip(String ip) {
        return Endpoint.EMPTY.withIp(ip);
    }

    @Test
    void fillsSourceAndDestinationFromTheRangesTableFirst() {
        Event enriched = enricher.enrich(event(ip("198.51.100.5"), ip("203.0.113.7")));

        assertThat(enriched.source())
                .isEqualTo(ip("198.51.100.5").withGeo("CN", "广东省", "深圳市").withAs(64500L, "EXAMPLE-TELECOM-GD"));
        // the table says US before the country mmdb's GB: the earlier database wins
        assertThat(enriched.destination())
                .isEqualTo(ip("203.0.113.7").withGeo("US", null, null).withAs(64510L, "EXAMPLE-HOSTING-US"));
    }

    @Test
    void combinesDatabasesForWhatTheTableDoesNotKnow() {
        // 192.0.2.77 is not in the table: country from the country mmdb, AS from the AS mmdb, province from ip2region
        Event enriched = enricher.enrich(event(ip("192.0.2.77"), Endpoint.EMPTY));

        assertThat(enriched.source())
                .isEqualTo(ip("192.0.2.77").withGeo("CN", "江苏省", "苏州").withAs(64496L, "DOC-AS"));
        assertThat(enriched.destination()).isEqualTo(Endpoint.EMPTY);
    }

    @Test
    void neverOverwritesWhatTheFeedGave() {
        Endpoint given = ip("198.51.100.5").withGeo("US", "CALIFORNIA", null).withAs(64999L, null);

        Event enriched = enricher.enrich(event(given, Endpoint.EMPTY));

        // country and region stay; the table's city belongs to another country and is not taken; the AS name of
        // another AS number is not attached to the feed's number
        assertThat(enriched.source()).isEqualTo(given);
    }

    @Test
    void addsProvinceOnlyWhenTheCountryAgrees() {
        Event enriched = enricher.enrich(event(ip("198.51.100.5").withGeo("CN", null, null), Endpoint.EMPTY));
        assertThat(enriched.source().region()).isEqualTo("广东省");

        Event foreign = enricher.enrich(event(ip("192.0.2.10").withGeo("JP", null, null), Endpoint.EMPTY));
        assertThat(foreign.source().cc()).isEqualTo("JP");
        assertThat(foreign.source().region()).isNull();
        assertThat(foreign.source().asn()).isEqualTo(64502L);
    }

    @Test
    void addsAsNameToTheFeedsNumberWhenTheNumbersMatch() {
        Event enriched = enricher.enrich(event(ip("198.51.100.5").withAs(64500L, null), Endpoint.EMPTY));

        assertThat(enriched.source().asName()).isEqualTo("EXAMPLE-TELECOM-GD");
    }

    @Test
    void leavesEventsWithoutUsableAddressesUntouched() {
        Event noIp = event(Endpoint.EMPTY.withFqdn("www.example.com"), Endpoint.EMPTY);
        Event badIp = event(ip("999.1.1.1"), ip("198.51.100.0/24"));
        Event unknownIp = event(ip("100.64.0.1"), Endpoint.EMPTY);

        assertThat(enricher.enrich(noIp)).isSameAs(noIp);
        assertThat(enricher.enrich(badIp)).isSameAs(badIp);
        assertThat(enricher.enrich(unknownIp)).isSameAs(unknownIp);
    }

    @Test
    void ipv6AddressesAreLocated() {
        Event enriched = enricher.enrich(event(ip("2001:db8::abcd"), ip("2001:db8:1::ff")));

        assertThat(enriched.source().region()).isEqualTo("浙江省");
        assertThat(enriched.destination().cc()).isEqualTo("DE");
        assertThat(enriched.destination().asn()).isEqualTo(64511L);
    }
}
