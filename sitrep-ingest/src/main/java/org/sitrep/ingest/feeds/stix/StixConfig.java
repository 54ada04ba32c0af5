package org.sitrep.ingest.feeds.stix;

import java.util.Map;
import java.util.Set;
import org.sitrep.core.event.Tlp;

/**
 * STIX → IntelMQ classification and TLP marking ids.
 *
 * <p>Classification, from the lower-cased {@code labels} and {@code indicator_types} (first rule that holds):
 * a word with {@code phish} → {@code phishing}; {@code c2}, {@code command-and-control}, {@code c&c} or
 * {@code botnet-cc} → {@code c2-server}; {@code compromised} → {@code system-compromise};
 * {@code malware-distribution} or {@code payload-delivery} → {@code malware-distribution}; a URL with
 * {@code malicious-activity} or {@code malware} → {@code malware-distribution}; an address or domain with
 * {@code malicious-activity}, {@code anomalous-activity} or {@code malware} → {@code blacklist}; anything else
 * (a hash alone, no labels) → {@code other}.
 */
record StixConfig(Map<String, Tlp> tlpMarkings) {

    static final StixConfig DEFAULT = new StixConfig(Map.of(
            // TLP 2.0 (FIRST / OASIS extension)
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", Tlp.CLEAR,
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Tlp.GREEN,
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Tlp.AMBER,
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", Tlp.AMBER_STRICT,
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", Tlp.RED,
            // TLP 1.0 (STIX 2.1 core)
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED));

    StixConfig {
        tlpMarkings = Map.copyOf(tlpMarkings);
    }

    String classify(Set<String> words, Observables observables) {
        if (words.stream().anyMatch(word -> word.contains("phish"))) {
            return "phishing";
        }
        if (words.stream()
                .anyMatch(word -> word.equals("c2")
                        || word.startsWith("c2-")
                        || word.contains("command-and-control")
                        || word.contains("c&c")
                        || word.contains("botnet-cc"))) {
            return "c2-server";
        }
        if (words.stream().anyMatch(word -> word.contains("compromised"))) {
            return "system-compromise";
        }
        if (words.contains("malware-distribution") || words.contains("payload-delivery")) {
            return "malware-distribution";
        }
        boolean malicious = words.contains("malicious-activity") || words.contains("malware");
        if (observables.url != null && malicious) {
            return "malware-distribution";
        }
        if (observables.hasNetwork() && (malicious || words.contains("anomalous-activity"))) {
            return "blacklist";
        }
        return "other";
    }
}
