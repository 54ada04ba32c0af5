package org.sitrep.ingest.feeds.intelmq;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields of IntelMQ's event harmonization ({@code harmonization.conf}, IntelMQ 3) that Sitrep has no column
 * for. The mapper keeps them in {@code extra} under their own dotted name ({@code protocol.transport},
 * {@code source.reverse_dns}), so that SQL reads them ({@code extra->>'$."source.reverse_dns"'}) and none is left
 * only in {@code raw}. The {@code extra.*} fields keep their names without the prefix, as before.
 */
public final class Harmonization {

    /** Fields of either side, after {@code source.} or {@code destination.}. */
    private static final List<String> ENDPOINT = List.of(
            "abuse_contact",
            "account",
            "allocated",
            "domain_suffix",
            "geolocation.country",
            "geolocation.latitude",
            "geolocation.longitude",
            "geolocation.state",
            "local_hostname",
            "local_ip",
            "registry",
            "reverse_dns",
            "tor_node",
            "urlpath");

    private static final Set<String> KEPT = Stream.concat(
                    Stream.of(
                            "comment",
                            "constituency",
                            "event_description.text",
                            "event_description.url",
                            "event_hash",
                            "feed.code",
                            "feed.documentation",
                            "malware.hash.md5",
                            "malware.hash.sha1",
                            "malware.version",
                            "misp.attribute_uuid",
                            "misp.event_uuid",
                            "output",
                            "protocol.application",
                            "protocol.transport",
                            "rtir_id",
                            "screenshot_url",
                            "severity",
                            "source.geolocation.cymru_cc",
                            "source.geolocation.geoip_cc",
                            "status"),
                    ENDPOINT.stream().flatMap(field -> Stream.of("source." + field, "destination." + field)))
            .collect(Collectors.toUnmodifiableSet());

    private Harmonization() {}

    /** Whether the field is IntelMQ's and has no column of its own: it is kept in {@code extra} by its name. */
    public static boolean keptInExtra(String name) {
        return KEPT.contains(name);
    }

    /** Every such field, for tests and documentation. */
    public static Set<String> keptInExtra() {
        return KEPT;
    }
}
