package org.sitrep.ingest.enrich.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;

class DedupKeyTest {

    /**
     * The key is the first 8 bytes of the SHA-256 of the documented text, encoded as UTF-8 as a whole; its day is
     * the date of time.source in the week zone.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-23T12:00:00Z|Mirai|198.51.100.23|2026-11-23|UTC",
                "2026-11-23T00:00:00Z|蠕虫 Wurm|2001:db8::1|2026-11-23|UTC",
                "2026-11-22T23:59:59Z|ÉMOTET😀x|198.51.100.1|2026-11-22|UTC",
                "0999-01-05T10:00:00Z|a|198.51.100.2|0999-01-05|UTC",
                "+10000-01-05T10:00:00Z|a|198.51.100.3|+10000-01-05|UTC",
                "-0001-12-31T10:00:00Z|a|198.51.100.4|-0001-12-31|UTC",
                "1969-12-31T23:59:59Z|a|198.51.100.5|1969-12-31|UTC",
                "2026-11-23T12:00:00Z|' MiRaI\t'|198.51.100.6|2026-11-23|UTC",
                "2026-11-23T12:00:00Z|'\u2003Qakbot'|198.51.100.7|2026-11-23|UTC",
                "2026-11-23T12:00:00Z|'Qak\u0130bot'|198.51.100.8|2026-11-23|UTC",
                "2026-11-22T15:59:59Z|Mirai|198.51.100.9|2026-11-22|Asia/Shanghai",
                "2026-11-22T16:00:00Z|Mirai|198.51.100.9|2026-11-23|Asia/Shanghai",
                "2026-11-23T04:59:59Z|Mirai|198.51.100.9|2026-11-22|America/New_York"
            })
    void keyIsTheStartOfTheSha256OfTheKeyText(String time, String identifier, String ip, String day, String zone)
            throws Exception {
        Event event = Event.of(Instant.parse(time), "f", "infected-system", identifier)
                .withSource(Endpoint.EMPTY.withIp(ip).withFqdn("Www.Example.COM"))
                .withDestination(Endpoint.EMPTY.withIp("203.0.113.80"));
        String text = "infected\u001f" + identifier.strip().toLowerCase(java.util.Locale.ROOT) + "\u001f" + ip
                + "||www.example.com\u001f203.0.113.80\u001f" + day;
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));

        assertThat(DedupKey.of(event, BulletinKind.INFECTED, ZoneId.of(zone)))
                .isEqualTo(ByteBuffer.wrap(hash).getLong());
    }
}
