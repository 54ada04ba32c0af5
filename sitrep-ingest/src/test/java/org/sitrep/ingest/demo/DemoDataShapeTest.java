package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.week.IsoWeek;
import tools.jackson.databind.JsonNode;

/** The shape of the generated data: one small run (13 weeks of about 2000 events) read back as files. */
class DemoDataShapeTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DemoSettings SETTINGS = new DemoSettings(42, IsoWeek.parse("2024-W45"), 13, 2_000, SHANGHAI);

    @TempDir
    static Path directory;

    static GeneratedFiles files;
    static final Map<IsoWeek, List<JsonNode>> EVENTS = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        files = new DemoGenerator(SETTINGS).generate(directory, GenerationProgress.NONE);
        for (WeekCounts week : files.weeks()) {
            EVENTS.put(week.week(), JsonLines.read(week.eventsFile()));
        }
    }

    private static List<JsonNode> all() {
        return EVENTS.values().stream().flatMap(List::stream).toList();
    }

    private static String text(JsonNode node, String field) {
        return JsonLines.text(node, field);
    }

    @Test
    void writesThirteenWeeksEndingWithTheLastWeek() {
        assertThat(files.weeks()).hasSize(13);
        assertThat(files.weeks().getFirst().week()).isEqualTo(IsoWeek.parse("2024-W33"));
        assertThat(files.weeks().getLast().week()).isEqualTo(IsoWeek.parse("2024-W45"));
        assertThat(files.files())
                .contains(directory.resolve("events-2024-W45.jsonl"), directory.resolve("geo.csv"))
                .contains(directory.resolve("vulnerabilities.jsonl"), directory.resolve("cases.jsonl"));
    }

    @Test
    void countsMatchTheLinesOfEachWeeksFile() {
        for (WeekCounts week : files.weeks()) {
            assertThat(EVENTS.get(week.week())).hasSize((int) week.totalEvents());
        }
    }

    @Test
    void everyKindIsPresentEveryWeekWithItsRequiredFields() {
        for (WeekCounts week : files.weeks()) {
            for (BulletinKind kind : BulletinKind.COUNTED) {
                assertThat(week.events(kind)).as("%s %s", week.week(), kind).isPositive();
            }
        }
        Set<String> types = new HashSet<>();
        for (JsonNode event : all()) {
            assertThat(text(event, "time.source")).isNotNull();
            assertThat(text(event, "feed.name")).isNotNull();
            assertThat(text(event, "feed.provider")).isNotNull();
            types.add(text(event, "classification.type") + "/" + text(event, "classification.identifier"));
        }
        assertThat(types)
                .contains("malware-distribution/mirai", "system-compromise/defacement", "system-compromise/webshell")
                .contains("phishing/null", "infected-system/conficker", "infected-system/downadup");
    }

    @Test
    void everyAddressLiesInAGeoRangeWithCountryAndAsnAndDomesticOnesHaveAProvince() throws IOException {
        GeoTable geo = GeoTable.read(files.geoTable());
        Set<String> addresses = new HashSet<>();
        for (JsonNode event : all()) {
            addresses.add(text(event, "source.ip"));
            addresses.add(text(event, "destination.ip"));
        }
        addresses.remove(null);
        assertThat(addresses).hasSizeGreaterThan(1000);
        Set<String> countries = new TreeSet<>();
        for (String ip : addresses) {
            NamedCsvRecord row = geo.lookup(ip).orElseThrow(() -> new AssertionError("no geo range for " + ip));
            assertThat(row.getField("country_code")).matches("[A-Z]{2}");
            assertThat(Integer.parseInt(row.getField("asn"))).isPositive();
            assertThat(row.getField("as_name")).isNotBlank();
            if (row.getField("country_code").equals("CN")) {
                assertThat(row.getField("region")).as(ip).matches(".+(省|市|自治区)");
            }
            countries.add(row.getField("country_code"));
        }
        assertThat(countries).contains("CN", "US", "HK").hasSizeGreaterThan(8);
    }

    @Test
    void geoTableNamesAllThirtyOneProvinces() throws IOException {
        Set<String> provinces = new TreeSet<>();
        for (GeoTable.Range range : GeoTable.read(files.geoTable()).ranges()) {
            if (range.row().getField("country_code").equals("CN")) {
                provinces.add(range.row().getField("region"));
            }
        }
        assertThat(provinces).hasSize(31).contains("广东省", "北京市", "广西壮族自治区", "新疆维吾尔自治区");
    }

    @Test
    void governmentSitesAreAFewPercentOfDefacedSites() {
        Set<String> defaced = new HashSet<>();
        for (JsonNode event : all()) {
            if ("defacement".equals(text(event, "classification.identifier"))) {
                defaced.add(text(event, "source.fqdn"));
            }
        }
        long government =
                defaced.stream().filter(site -> site.endsWith(".gov.cn")).count();
        assertThat(government).isPositive();
        assertThat(100.0 * government / defaced.size()).isBetween(1.0, 10.0);
    }

    @Test
    void phishingAddressesCarrySeveralPagesEachWeek() {
        for (List<JsonNode> week : EVENTS.values()) {
            Set<String> pages = new HashSet<>();
            Set<String> addresses = new HashSet<>();
            for (JsonNode event : week) {
                if ("phishing".equals(text(event, "classification.type"))) {
                    pages.add(text(event, "source.url"));
                    addresses.add(text(event, "source.ip"));
                    assertThat(text(event, "destination.fqdn")).isNotNull();
                    assertThat(text(event, "event_description.target")).isNotNull();
                }
            }
            assertThat((double) pages.size() / addresses.size()).isGreaterThan(2.0);
        }
    }

    @Test
    void theSameHostIsSeenSeveralTimesInAWeekAndByBothSinkholeFeeds() {
        List<JsonNode> week = EVENTS.get(SETTINGS.lastWeek());
        Map<String, Integer> sightings = new HashMap<>();
        Map<String, Set<String>> feeds = new HashMap<>();
        for (JsonNode event : week) {
            if ("infected-system".equals(text(event, "classification.type"))) {
                String ip = text(event, "source.ip");
                sightings.merge(ip, 1, Integer::sum);
                feeds.computeIfAbsent(ip, k -> new HashSet<>()).add(text(event, "feed.name"));
            }
        }
        assertThat(sightings.values()).anyMatch(count -> count >= 3);
        assertThat(feeds.values()).anyMatch(names -> names.size() == 2);
    }

    @Test
    void someDropSiteUrlsUseAnAddressInsteadOfADomain() {
        List<String> literal = new ArrayList<>();
        for (JsonNode event : all()) {
            if ("malware-distribution".equals(text(event, "classification.type"))) {
                String host = URI.create(text(event, "source.url")).getHost();
                if (host.matches("[0-9.]+") || host.startsWith("[")) {
                    literal.add(host);
                } else {
                    assertThat(text(event, "source.fqdn")).isEqualTo(host);
                }
            }
        }
        assertThat(literal).isNotEmpty();
    }

    @Test
    void someInfectedHostsAreIpv6() {
        assertThat(all())
                .anyMatch(event -> "infected-system".equals(text(event, "classification.type"))
                        && text(event, "source.ip").contains(":"));
    }

    @Test
    void someEventsFallInTheFirstHourOfTheShanghaiWeek() {
        for (Map.Entry<IsoWeek, List<JsonNode>> week : EVENTS.entrySet()) {
            Instant start = week.getKey().start(SHANGHAI);
            assertThat(start)
                    .isEqualTo(OffsetDateTime.parse(week.getKey().monday() + "T00:00+08:00")
                            .toInstant());
            assertThat(week.getValue()).anyMatch(event -> {
                Instant time = OffsetDateTime.parse(text(event, "time.source")).toInstant();
                return !time.isBefore(start) && time.isBefore(start.plusSeconds(3600));
            });
        }
    }

    @Test
    void weeklyTotalsDiffer() {
        assertThat(files.weeks().stream()
                        .map(WeekCounts::totalEvents)
                        .distinct()
                        .count())
                .isGreaterThan(6);
    }
}
