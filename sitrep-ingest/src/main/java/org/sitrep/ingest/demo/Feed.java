package org.sitrep.ingest.demo;

import org.jspecify.annotations.Nullable;

/**
 * A feed of the synthetic world: its {@code feed.name} and {@code feed.provider}, and the classification it
 * gives its events.
 */
record Feed(String name, String provider, String taxonomy, String type, String tlp) {

    static final Feed SINKHOLE_HTTP =
            new Feed("Sinkhole HTTP Events", "Shadowserver", "malicious-code", "infected-system", "AMBER");
    static final Feed BOTNET_SINKHOLE =
            new Feed("Botnet Sinkhole", "National Sinkhole Operator", "malicious-code", "infected-system", "AMBER");
    static final Feed URLHAUS = new Feed("URLhaus", "abuse.ch", "malicious-code", "malware-distribution", "CLEAR");
    static final Feed MALWARE_URLS =
            new Feed("Malware URL Monitor", "Honeyclient Network", "malicious-code", "malware-distribution", "GREEN");
    static final Feed DEFACEMENTS =
            new Feed("Defacement Monitor", "Web Integrity Monitoring", "intrusions", "system-compromise", "AMBER");
    static final Feed DEFACEMENT_MIRROR =
            new Feed("Defacement Mirror", "Zone-H", "intrusions", "system-compromise", "CLEAR");
    static final Feed COMPROMISED_WEBSITES =
            new Feed("Compromised Website", "Shadowserver", "intrusions", "system-compromise", "AMBER");
    static final Feed WEBSHELLS =
            new Feed("Webshell Monitor", "Web Integrity Monitoring", "intrusions", "system-compromise", "AMBER");
    static final Feed PHISHING_REPORTS =
            new Feed("Phishing Reports", "Anti-Phishing Alliance", "fraud", "phishing", "GREEN");
    static final Feed OPENPHISH = new Feed("OpenPhish Feed", "OpenPhish", "fraud", "phishing", "CLEAR");

    /**
     * Starts an event of this feed: times, feed and classification.
     *
     * @param observedAfter seconds between the observation and the feed seeing it
     */
    JsonLine begin(
            JsonLine line, TimestampText timestamps, long time, long observedAfter, @Nullable String identifier) {
        return line.begin()
                .text("time.source", timestamps.format(time))
                .text("time.observation", timestamps.format(time + observedAfter))
                .text("feed.name", name)
                .text("feed.provider", provider)
                .text("classification.taxonomy", taxonomy)
                .text("classification.type", type)
                .text("classification.identifier", identifier);
    }
}
