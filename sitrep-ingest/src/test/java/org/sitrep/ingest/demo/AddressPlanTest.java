package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressPlanTest {
    private static final AddressPlan PLAN = new AddressPlan(99);

    private static GeoTable geoTable() throws IOException {
        StringWriter out = new StringWriter();
        new GeoTableWriter(PLAN.blocks()).write(out);
        return GeoTable.read(out.toString());
    }

    @Test
    void rangesDoNotOverlap() throws IOException {
        List<GeoTable.Range> ranges = geoTable().ranges();
        for (int i = 1; i < ranges.size(); i++) {
            GeoTable.Range before = ranges.get(i - 1);
            GeoTable.Range range = ranges.get(i);
            if (before.v6() == range.v6()) {
                assertThat(before.end()).isLessThan(range.start());
            }
        }
    }

    @Test
    void distinctMembersOfAPoolGetDistinctAddresses() {
        Population broadband = PLAN.pool(Network.Pool.DOMESTIC_BROADBAND);
        Set<String> addresses = new HashSet<>();
        for (long member = 0; member < 20_000; member++) {
            addresses.add(broadband.member(member, 20_000));
        }
        assertThat(addresses).hasSize(20_000);
    }

    @Test
    void hostsSpreadOverProvincesByInternetPopulation() throws IOException {
        GeoTable geo = geoTable();
        Population broadband = PLAN.pool(Network.Pool.DOMESTIC_BROADBAND);
        Map<String, Integer> byProvince = new HashMap<>();
        int hosts = 5_000;
        for (long member = 0; member < hosts; member++) {
            String region =
                    geo.lookup(broadband.member(member, hosts)).orElseThrow().getField("region");
            byProvince.merge(region, 1, Integer::sum);
        }
        // 广东省 weighs 11.0 of the 31 provinces' 100.7 in total, about 10.9%; 西藏自治区 0.2, about 0.2%.
        assertThat(byProvince.get("广东省") * 100.0 / hosts).isBetween(8.5, 12.0);
        assertThat(byProvince.get("广东省")).isGreaterThan(byProvince.get("浙江省"));
        assertThat(byProvince.get("浙江省")).isGreaterThan(byProvince.get("上海市"));
        assertThat(byProvince.getOrDefault("西藏自治区", 0)).isLessThan(byProvince.get("上海市") / 5);
    }

    @Test
    void includesTheDocumentationRangesAsForeignHosting() throws IOException {
        GeoTable geo = geoTable();
        assertThat(geo.lookup("198.51.100.7").orElseThrow().getField("country_code"))
                .isEqualTo("US");
        assertThat(geo.lookup("203.0.113.9").orElseThrow().getField("country_code"))
                .isEqualTo("HK");
    }
}
