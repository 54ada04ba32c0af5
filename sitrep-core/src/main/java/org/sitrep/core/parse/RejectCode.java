package org.sitrep.core.parse;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a record was refused: one stable code per fault, written to the reject log and listed in
 * {@code docs/formats.md}. A parser names the code; the detail says what a person can act on.
 */
public enum RejectCode {
    /** The input is not one record at all: a broken CSV row, an unclosed quote, a line past the limit, broken JSON. */
    BAD_FRAMING("bad-framing"),
    /** A JSON record that is not a JSON object, or not valid JSON. */
    BAD_JSON("bad-json"),
    /** An XML record that cannot be read. */
    BAD_XML("bad-xml"),
    /** A line that is not of the feed's line format. */
    BAD_LINE("bad-line"),
    /** A record whose values a domain record refuses. */
    BAD_RECORD("bad-record"),
    /** A cell or a record longer than the limit. */
    FIELD_TOO_LONG("field-too-long"),
    /** A required field is absent or empty. */
    MISSING_FIELD("missing-field"),
    /** A field of the wrong JSON type. */
    WRONG_TYPE("wrong-type"),
    BAD_TIMESTAMP("bad-timestamp"),
    BAD_DATE("bad-date"),
    BAD_IP("bad-ip"),
    BAD_PORT("bad-port"),
    BAD_ASN("bad-asn"),
    BAD_COUNTRY("bad-country"),
    BAD_FQDN("bad-fqdn"),
    BAD_URL("bad-url"),
    BAD_HASH("bad-hash"),
    BAD_NUMBER("bad-number"),
    BAD_ID("bad-id"),
    BAD_STATE("bad-state"),
    BAD_PATTERN("bad-pattern"),
    /** Any other value the feed's documentation does not allow. */
    BAD_VALUE("bad-value"),
    /** A CVE JSON document that is not a CVE record. */
    NOT_CVE_RECORD("not-cve-record"),
    /** A Shadowserver file whose report type Sitrep does not read. */
    UNKNOWN_REPORT("unknown-report"),
    /** An event whose {@code time.source} lies outside the accepted window around the time of ingest. */
    TIME_OUT_OF_RANGE("time-out-of-range"),
    /** A parser failed on the record (a fault of Sitrep's, kept so the record is not lost). */
    PARSER_ERROR("parser-error"),
    /** An enricher failed on the event (a fault of Sitrep's, kept so the record is not lost). */
    ENRICH_FAILED("enrich-failed"),
    /** A file or an archive entry of no known format. */
    UNKNOWN_FORMAT("unknown-format"),
    /** A file or an archive entry that could not be read (permission, a broken stream, not a regular file). */
    UNREADABLE("unreadable"),
    /** An input whose reading ran out of memory or stack: refused as a whole. */
    TOO_LARGE("too-large");

    private static final Map<String, RejectCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RejectCode::code, Function.identity()));

    private final String code;

    RejectCode(String code) {
        this.code = code;
    }

    /** The code as written to the reject log: {@code missing-field}, {@code bad-framing}, … */
    public String code() {
        return code;
    }

    /** The code of that name; an {@link IllegalArgumentException} for a name that is not one. */
    public static RejectCode of(String code) {
        RejectCode found = BY_CODE.get(code);
        if (found == null) {
            throw new IllegalArgumentException("not a reject code: " + code);
        }
        return found;
    }

    @Override
    public String toString() {
        return code;
    }
}
