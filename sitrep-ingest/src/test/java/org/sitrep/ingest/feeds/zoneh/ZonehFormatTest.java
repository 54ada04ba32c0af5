package org.sitrep.ingest.feeds.zoneh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class ZonehFormatTest extends FeedFormatContract<ZonehFormat> {
    ZonehFormatTest() {
        super(new ZonehFormat(), "defacements.csv", "Heh...just for fun!");
    }

    @Test
    void mapsDefacementsAsIntelMqsZoneHParserDoes() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-21T11:56:00Z"));
        assertThat(first.feed().name()).isEqualTo("zone-h");
        assertThat(first.feed().provider()).isEqualTo("Zone-H");
        assertThat(first.classification().type()).isEqualTo("unauthorised-information-modification");
        assertThat(first.classification().taxonomy()).isEqualTo("information-content-security");
        assertThat(first.classification().identifier()).isEqualTo("compromised-website");
        assertThat(first.extra()).containsEntry("event_description.text", "defacement");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        "203.0.113.66",
                        null,
                        "www.example.edu.cn",
                        "http://www.example.edu.cn",
                        null,
                        null,
                        null,
                        "CN",
                        null,
                        null));
        assertThat(first.extra())
                .containsEntry("attacker", "ExampleCrew")
                .containsEntry("defacement_id", "41000001")
                .containsEntry("def_grade", "homepage")
                .containsEntry("country", "China")
                .doesNotContainKeys("domain", "ip_address", "add_date", "country_code");

        Event second = events.get(1);
        assertThat(second.source().url()).isEqualTo("http://gov.example.org/x.txt");
        assertThat(second.source().fqdn()).isEqualTo("gov.example.org");
        assertThat(second.extra()).containsEntry("redefacement", "yes").containsEntry("state", "not published");
    }

    @Test
    void readsBareDomainsAsHttpSites() {
        String text = "add_date,domain,ip_address,country_code\n2026-11-21 11:56:00,www.example.cn,,cn\n";

        Event event = FeedRun.events(FeedRun.outcomes(format, text, "x.csv")).get(0);

        assertThat(event.source().fqdn()).isEqualTo("www.example.cn");
        assertThat(event.source().url()).isEqualTo("www.example.cn");
        assertThat(event.source().cc()).isEqualTo("CN");
    }

    @Test
    void rejectsRowsWithoutDomainOrWithBadAddress() {
        String text =
                "add_date,domain,ip_address\n2026-11-21 11:56:00,,\n2026-11-21 11:56:00,http://a.example.cn,1.2.3\n";

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "x.csv"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::field, ParseOutcome.Rejected::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("domain", "missing-field"),
                        org.assertj.core.groups.Tuple.tuple("ip_address", "bad-ip"));
    }
}
