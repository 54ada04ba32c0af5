package org.sitrep.ingest.enrich.derive;

import com.google.common.net.InternetDomainName;
import java.util.Optional;

/**
 * What derivation reads from a host name: whether it is an IP literal, its registered domain and public suffix.
 * Parsing a name against the Public Suffix List costs microseconds and feeds repeat their hosts, so the facts of
 * recent hosts are kept in a small direct-mapped table: bounded, no locks, and a lost race only costs a lookup.
 */
record HostFacts(boolean ipLiteral, String registeredDomain, String publicSuffix) {

    static final HostFacts NONE = new HostFacts(false, null, null);

    static HostFacts of(String host) {
        if (host == null) {
            return NONE;
        }
        boolean literal = Hosts.isIpLiteral(host);
        Optional<InternetDomainName> domain = literal ? Optional.empty() : Hosts.domain(host);
        return new HostFacts(
                literal,
                domain.map(Hosts::registeredDomain).orElse(null),
                domain.map(Hosts::publicSuffix).orElse(null));
    }

    /** A bounded cache of the facts by host name. */
    static final class Cache {
        private static final int SIZE = 1 << 14;

        private final Entry[] entries = new Entry[SIZE];

        private record Entry(String host, HostFacts facts) {}

        HostFacts facts(String host) {
            if (host == null) {
                return NONE;
            }
            int slot = spread(host.hashCode()) & (SIZE - 1);
            Entry entry = entries[slot];
            if (entry != null && entry.host().equals(host)) {
                return entry.facts();
            }
            HostFacts facts = HostFacts.of(host);
            entries[slot] = new Entry(host, facts);
            return facts;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
