package org.sitrep.ingest.feeds.intelmq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IntelMQ fields {@link IntelMqEventMapper} reads, each with a fixed position, so that a reader can hand the
 * mapper an event's values as an array (a CSV row by column, a JSON line by key) instead of a map built per event.
 */
public final class IntelMqFields {

    /** Fields of one side, relative to {@link #SOURCE} or {@link #DESTINATION}. */
    static final int IP = 0;

    static final int PORT = 1;
    static final int FQDN = 2;
    static final int URL = 3;
    static final int ASN = 4;
    static final int AS_NAME = 5;
    static final int NETWORK = 6;
    static final int CC = 7;
    static final int REGION = 8;
    static final int CITY = 9;
    private static final List<String> ENDPOINT = List.of(
            "ip",
            "port",
            "fqdn",
            "url",
            "asn",
            "as_name",
            "network",
            "geolocation.cc",
            "geolocation.region",
            "geolocation.city");

    static final int TIME_SOURCE = 0;
    static final int TIME_OBSERVATION = 1;
    static final int FEED_NAME = 2;
    static final int FEED_PROVIDER = 3;
    static final int FEED_URL = 4;
    static final int FEED_ACCURACY = 5;
    static final int CLASSIFICATION_TAXONOMY = 6;
    static final int CLASSIFICATION_TYPE = 7;
    static final int CLASSIFICATION_IDENTIFIER = 8;
    static final int MALWARE_NAME = 9;
    static final int MALWARE_HASH_SHA256 = 10;
    static final int EVENT_DESCRIPTION_TARGET = 11;
    static final int TLP = 12;
    static final int RAW = 13;
    static final int SOURCE = 14;
    static final int DESTINATION = SOURCE + 10;

    /** How many fields there are: the length of a values array. */
    public static final int COUNT = DESTINATION + 10;

    private static final String[] NAMES = names();
    private static final Map<String, Integer> POSITION = positions();

    private IntelMqFields() {}

    private static String[] names() {
        String[] names = new String[COUNT];
        List<String> event = List.of(
                "time.source",
                "time.observation",
                "feed.name",
                "feed.provider",
                "feed.url",
                "feed.accuracy",
                "classification.taxonomy",
                "classification.type",
                "classification.identifier",
                "malware.name",
                "malware.hash.sha256",
                "event_description.target",
                "tlp",
                "raw");
        for (int i = 0; i < event.size(); i++) {
            names[i] = event.get(i);
        }
        for (int i = 0; i < ENDPOINT.size(); i++) {
            names[SOURCE + i] = "source." + ENDPOINT.get(i);
            names[DESTINATION + i] = "destination." + ENDPOINT.get(i);
        }
        return names;
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < COUNT; i++) {
            positions.put(NAMES[i], i);
        }
        return positions;
    }

    /** The field's position, or −1 when the mapper does not read it. */
    public static int position(String name) {
        Integer position = POSITION.get(name);
        return position == null ? -1 : position;
    }

    /** The dotted name of the field at the position. */
    public static String name(int position) {
        return NAMES[position];
    }
}
