package org.sitrep.ingest.feeds.phishtank;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A PhishTank entry → a {@code phishing} event (the page as {@code source.*}, the target brand as
 * {@code event_description.target} unless PhishTank says {@code Other}), timed, as IntelMQ does, at its
 * verification. Entries not verified or no longer online are skipped with the reason.
 */
final class PhishtankMapper {

    static final Event.Feed FEED = new Event.Feed("phishtank", "PhishTank", "https://www.phishtank.com/", null);

    ParseOutcome map(PhishtankEntry entry, String raw, Instant observed) {
        if ("no".equalsIgnoreCase(entry.verified()) || "false".equalsIgnoreCase(entry.verified())) {
            return new ParseOutcome.Skipped("PhishTank entry not verified");
        }
        if ("no".equalsIgnoreCase(entry.online()) || "false".equalsIgnoreCase(entry.online())) {
            return new ParseOutcome.Skipped("PhishTank entry no longer online");
        }
        String timeField = entry.verificationTime() != null ? "verification_time" : "submission_time";
        Instant time = Timestamps.parse(
                timeField, entry.verificationTime() != null ? entry.verificationTime() : entry.submissionTime());
        UrlParts url = UrlParts.parse("url", entry.url());
        Endpoint source = new Endpoint(
                url.ip() != null ? url.ip() : Addresses.optionalIp("details.ip_address", entry.ip()),
                url.port(),
                url.fqdn(),
                url.url(),
                Addresses.asn("details.announcing_network", entry.asn()),
                null,
                null,
                Addresses.countryCode(entry.country()),
                null,
                null);
        Map<String, Object> extra = new LinkedHashMap<>(entry.extra());
        if (entry.submissionTime() != null) {
            extra.put("submission_time", entry.submissionTime());
        }
        String target = entry.target();
        return ParseOutcome.of(Event.of(time, FEED.name(), "phishing", null)
                .withFeed(FEED)
                .withSource(source)
                .withTarget(target == null || target.toLowerCase(Locale.ROOT).equals("other") ? null : target)
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw));
    }
}
