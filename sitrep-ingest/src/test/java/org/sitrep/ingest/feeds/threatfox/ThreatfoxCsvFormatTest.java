package org.sitrep.ingest.feeds.threatfox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class ThreatfoxCsvFormatTest extends FeedFormatContract<ThreatfoxCsvFormat> {
    ThreatfoxCsvFormatTest() {
        super(new ThreatfoxCsvFormat(), "recent.csv", "Agentemis,BEACON");
    }

    @Test
    void mapsEachIocTypeAndThreatType() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(4);
        Event c2 = events.get(0);
        assertThat(c2.timeSource()).isEqualTo(Instant.parse("2026-11-23T04:31:23Z"));
        assertThat(c2.feed().name()).isEqualTo("threatfox");
        assertThat(c2.classification().type()).isEqualTo("c2-server");
        assertThat(c2.classification().identifier()).isEqualTo("cobalt strike");
        assertThat(c2.malwareName()).isEqualTo("win.cobalt_strike");
        assertThat(c2.source())
                .isEqualTo(new Endpoint("198.51.100.31", 8443, null, null, null, null, null, null, null, null));
        assertThat(c2.extra())
                .containsEntry("ioc_id", "1900001")
                .containsEntry("malware_alias", "Agentemis,BEACON")
                .containsEntry("confidence_level", "75")
                .containsEntry("is_compromised", "False")
                .containsEntry("tags", List.of("CobaltStrike"))
                .containsEntry("threat_type", "botnet_cc")
                .doesNotContainKeys("reference", "last_seen_utc");

        Event domain = events.get(1);
        assertThat(domain.classification().type()).isEqualTo("malware-distribution");
        assertThat(domain.source().fqdn()).isEqualTo("login-verify.example.net");
        assertThat(domain.extra()).doesNotContainKey("malware_alias");

        Event url = events.get(2);
        assertThat(url.classification().type()).isEqualTo("malware-distribution");
        assertThat(url.classification().identifier()).isEqualTo("mirai");
        assertThat(url.source())
                .isEqualTo(new Endpoint(
                        "203.0.113.77",
                        null,
                        null,
                        "http://203.0.113.77/bins/x86",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(url.extra()).containsEntry("tags", List.of("elf", "mirai"));

        Event payload = events.get(3);
        assertThat(payload.classification().type()).isEqualTo("other");
        assertThat(payload.malwareHashSha256())
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(payload.source().isEmpty()).isTrue();
    }

    @Test
    void readsOlderExportWithoutIsCompromisedByName() {
        String text = FeedRun.resource(getClass(), "recent-without-is-compromised.csv");

        List<Event> events = FeedRun.events(FeedRun.outcomes(format, text, "recent.csv"));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.source().ip()).isEqualTo("203.0.113.5");
            assertThat(event.classification().identifier()).isEqualTo("qakbot");
            assertThat(event.extra())
                    .containsEntry("reporter", "example_reporter")
                    .doesNotContainKey("is_compromised");
        });
    }

    @Test
    void rejectsBadIocsAndSkipsUnknownIocTypes() {
        String text = """
                # "first_seen_utc","ioc_id","ioc_value","ioc_type","threat_type","fk_malware","malware_alias","malware_printable"
                "2026-11-23 04:31:23", "1", "198.51.100.31", "ip:port", "botnet_cc", "x", "None", "X"
                "2026-11-23 04:31:23", "2", "abc", "sha256_hash", "payload", "x", "None", "X"
                "2026-11-23 04:31:23", "3", "x@example.com", "email", "payload", "x", "None", "X"
                """;

        List<ParseOutcome> outcomes = FeedRun.outcomes(format, text, "x.csv");

        assertThat(FeedRun.rejects(outcomes))
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-value", "bad-hash");
        assertThat(FeedRun.skips(outcomes))
                .extracting(ParseOutcome.Skipped::reason)
                .containsExactly("ThreatFox IOC type email is not taken");
    }
}
