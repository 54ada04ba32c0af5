package org.sitrep.ingest.feeds.misp;

import java.util.Map;
import java.util.Set;

/**
 * How MISP attributes become events.
 *
 * <p>Attribute types taken and where the value goes: {@code ip-src}, {@code ip-dst} → {@code source.ip} (the
 * reported host, as IntelMQ's MISP parsers do); {@code …|port} adds {@code source.port}; {@code domain},
 * {@code hostname} → {@code source.fqdn}; {@code domain|ip} both; {@code url} → {@code source.url};
 * {@code sha256} → {@code malware.hash.sha256}; {@code md5}, {@code sha1} and {@code filename|…} hashes →
 * {@code extra}. Other types (text, e-mail, links, …) are skipped.
 *
 * <p>Classification: an {@code rsit:…="type"} or {@code ecsirt:…="value"} tag on the attribute, else on the event;
 * else by category: {@code Payload delivery} with a network value → {@code malware-distribution}, other network
 * values → {@code blacklist}, hashes and the rest → {@code other}. {@code misp-galaxy} malware tags
 * ({@code malpedia}, {@code ransomware}, {@code botnet}, {@code backdoor}) give the identifier and
 * {@code malware.name}.
 */
record MispConfig(Map<String, String> ecsirtTypes, Set<String> malwareGalaxies) {

    static final MispConfig DEFAULT = new MispConfig(
            Map.ofEntries(
                    Map.entry("c2server", "c2-server"),
                    Map.entry("botnet-drone", "infected-system"),
                    Map.entry("malware", "infected-system"),
                    Map.entry("ransomware", "infected-system"),
                    Map.entry("malware-distribution", "malware-distribution"),
                    Map.entry("malware-configuration", "malware-configuration"),
                    Map.entry("phishing", "phishing"),
                    Map.entry("defacement", "system-compromise"),
                    Map.entry("backdoor", "system-compromise"),
                    Map.entry("compromised", "system-compromise"),
                    Map.entry("scanner", "scanner"),
                    Map.entry("spam", "spam"),
                    Map.entry("ddos", "ddos"),
                    Map.entry("vulnerable-service", "vulnerable-system")),
            Set.of("malpedia", "ransomware", "botnet", "backdoor", "rat", "stealer", "android"));

    MispConfig {
        ecsirtTypes = Map.copyOf(ecsirtTypes);
        malwareGalaxies = Set.copyOf(malwareGalaxies);
    }
}
