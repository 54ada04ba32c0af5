package org.sitrep.ingest.feeds.shadowserver;

import java.util.Map;

/**
 * How scan reports are classified: by scanned protocol, the IntelMQ type and identifier. Protocols not in the
 * table are {@code vulnerable-system} with the protocol as identifier. The table follows IntelMQ's practice:
 * UDP services that reflect traffic are amplifiers, databases and management services that answer anyone leak
 * information, remote-access services are accessible where they should not be.
 */
record ShadowserverConfig(String provider, Map<String, ScanClass> scanClasses) {

    record ScanClass(String type, String identifier) {}

    static final ShadowserverConfig DEFAULT = new ShadowserverConfig("Shadowserver", defaultTable());

    ShadowserverConfig {
        scanClasses = Map.copyOf(scanClasses);
    }

    ScanClass classify(String protocol) {
        String key = protocol.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        ScanClass known = scanClasses.get(key);
        return known != null ? known : new ScanClass("vulnerable-system", key.replace('_', '-'));
    }

    private static Map<String, ScanClass> defaultTable() {
        return Map.ofEntries(
                amplifier("dns", "open-dns"),
                amplifier("ntp", "open-ntp"),
                amplifier("ntpmonitor", "ntp-monitor"),
                amplifier("ssdp", "open-ssdp"),
                amplifier("chargen", "open-chargen"),
                amplifier("qotd", "open-qotd"),
                amplifier("memcached", "open-memcached"),
                amplifier("portmapper", "open-portmapper"),
                amplifier("mdns", "open-mdns"),
                amplifier("netbios", "open-netbios-nameservice"),
                amplifier("cldap", "open-ldap"),
                amplifier("tftp", "open-tftp"),
                amplifier("ws_discovery", "open-ws-discovery"),
                amplifier("coap", "open-coap"),
                amplifier("snmp", "open-snmp"),
                disclosure("redis", "open-redis"),
                disclosure("elasticsearch", "open-elasticsearch"),
                disclosure("mongodb", "open-mongodb"),
                disclosure("couchdb", "open-couchdb"),
                disclosure("cassandra", "open-cassandra"),
                disclosure("ipmi", "open-ipmi"),
                disclosure("rsync", "open-rsync"),
                disclosure("ldap", "open-ldap"),
                disclosure("hadoop", "open-hadoop"),
                disclosure("db2", "open-db2-discovery-service"),
                accessible("rdp", "accessible-rdp"),
                accessible("vnc", "accessible-vnc"),
                accessible("telnet", "accessible-telnet"),
                accessible("smb", "accessible-smb"),
                accessible("ftp", "accessible-ftp"),
                accessible("ssh", "accessible-ssh"),
                accessible("adb", "accessible-adb"),
                accessible("cwmp", "accessible-cwmp"),
                accessible("x11", "accessible-x11"),
                accessible("mqtt", "accessible-mqtt"),
                accessible("amqp", "accessible-amqp"),
                accessible("mysql", "accessible-mysql"),
                accessible("mssql", "accessible-mssql"),
                accessible("postgres", "accessible-postgres"),
                vulnerable("http", "accessible-http"),
                vulnerable("ipp", "open-ipp"),
                vulnerable("ssl_poodle", "ssl-poodle"),
                vulnerable("ssl_freak", "ssl-freak"),
                vulnerable("isakmp", "isakmp-vulnerability"),
                vulnerable("exchange", "exchange-server-vulnerability"));
    }

    private static Map.Entry<String, ScanClass> amplifier(String protocol, String identifier) {
        return Map.entry(protocol, new ScanClass("ddos-amplifier", identifier));
    }

    private static Map.Entry<String, ScanClass> disclosure(String protocol, String identifier) {
        return Map.entry(protocol, new ScanClass("information-disclosure", identifier));
    }

    private static Map.Entry<String, ScanClass> accessible(String protocol, String identifier) {
        return Map.entry(protocol, new ScanClass("potentially-unwanted-accessible", identifier));
    }

    private static Map.Entry<String, ScanClass> vulnerable(String protocol, String identifier) {
        return Map.entry(protocol, new ScanClass("vulnerable-system", identifier));
    }
}
