package org.sitrep.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.ingest.feeds.testing.FeedRun;

/** Every fixture is detected as its own format, more surely than by any other feed format of this module. */
class FeedFormatDetectionTest {

    private static final List<FeedFormat> FORMATS = ServiceLoader.load(FeedFormat.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(format -> format.getClass().getPackageName().startsWith("org.sitrep.ingest.feeds."))
            .toList();

    @Test
    void registersEveryFeedFormatOnceByName() {
        Map<String, Long> names =
                FORMATS.stream().collect(Collectors.groupingBy(FeedFormat::name, Collectors.counting()));

        assertThat(names.keySet())
                .contains(
                        "shadowserver",
                        "urlhaus-csv",
                        "urlhaus-json",
                        "feodo-csv",
                        "feodo-json",
                        "threatfox-csv",
                        "threatfox-json",
                        "openphish-txt",
                        "openphish-jsonl",
                        "phishtank-csv",
                        "phishtank-json",
                        "zone-h-csv",
                        "stix2-bundle",
                        "misp-event",
                        "misp-feed-manifest");
        assertThat(names.values()).containsOnly(1L);
    }

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource({
        "shadowserver, shadowserver/2026-11-23-event4_sinkhole_http-example-geo.csv",
        "shadowserver, shadowserver/sinkhole-http-drone-legacy.csv",
        "shadowserver, shadowserver/2026-11-22-compromised_website-example-geo.csv",
        "shadowserver, shadowserver/2026-11-23-scan_http-example-geo.csv",
        "shadowserver, shadowserver/2026-11-23-scan6_rdp-example-geo.csv",
        "urlhaus-csv, urlhaus/csv_recent.csv",
        "urlhaus-csv, urlhaus/country-cn-legacy.csv",
        "urlhaus-json, urlhaus/urls-recent.json",
        "feodo-csv, feodo/ipblocklist.csv",
        "feodo-json, feodo/ipblocklist.json",
        "threatfox-csv, threatfox/recent.csv",
        "threatfox-csv, threatfox/recent-without-is-compromised.csv",
        "threatfox-json, threatfox/get-iocs.json",
        "openphish-txt, openphish/feed.txt",
        "openphish-jsonl, openphish/premium.jsonl",
        "phishtank-csv, phishtank/online-valid.csv",
        "phishtank-json, phishtank/online-valid.json",
        "zone-h-csv, zoneh/defacements.csv",
        "stix2-bundle, stix/bundle.json",
        "misp-event, misp/a06f2715-9586-41b8-b242-931e9a152871.json",
        "misp-feed-manifest, misp/manifest.json"
    })
    void detectsFixtureAsItsOwnFormatWithTheHighestScore(String expected, String resource) {
        String text = FeedRun.resource(getClass(), resource);
        String fileName = resource.substring(resource.indexOf('/') + 1);
        Map<String, Integer> scores = new LinkedHashMap<>();
        FORMATS.forEach(format -> scores.put(format.name(), format.detect(FeedRun.sample(fileName, text))));

        int own = scores.get(expected);
        assertThat(own).as("score of %s", expected).isPositive();
        scores.forEach((name, score) -> {
            if (!name.equals(expected)) {
                assertThat(score)
                        .as("%s scores %s below %s (%s)", name, score, expected, scores)
                        .isLessThan(own);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"empty.txt", "notes.txt"})
    void detectsNothingInUnrelatedText(String fileName) {
        String text = fileName.equals("empty.txt") ? "" : "Meeting notes\nnothing to see here\n";

        FORMATS.forEach(format -> assertThat(format.detect(FeedRun.sample(fileName, text)))
                .as(format.name())
                .isZero());
    }
}
