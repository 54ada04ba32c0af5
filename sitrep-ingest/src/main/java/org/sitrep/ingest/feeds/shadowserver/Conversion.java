package org.sitrep.ingest.feeds.shadowserver;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * The conversion functions Shadowserver's schema names for a column ({@code intelmq.json}'s third element of a
 * field rule), with the meaning IntelMQ's Shadowserver parser gives them. A conversion returns the value to store,
 * or {@code null} for "no value" (the cell is then left out, as IntelMQ leaves it out); a value it cannot convert
 * at all is a {@link BadField} naming the column.
 */
enum Conversion {
    ADD_UTC_TO_TIMESTAMP("add_UTC_to_timestamp"),
    CONVERT_BOOL("convert_bool"),
    VALIDATE_TO_NONE("validate_to_none"),
    CONVERT_INT("convert_int"),
    CONVERT_FLOAT("convert_float"),
    CONVERT_HTTP_HOST_AND_URL("convert_http_host_and_url"),
    INVALIDATE_ZERO("invalidate_zero"),
    VALIDATE_IP("validate_ip"),
    VALIDATE_NETWORK("validate_network"),
    VALIDATE_FQDN("validate_fqdn"),
    CONVERT_DATE("convert_date"),
    CONVERT_DATE_UTC("convert_date_utc"),
    FORCE_BASE64("force_base64"),
    SCAN_EXCHANGE_TAXONOMY("scan_exchange_taxonomy"),
    SCAN_EXCHANGE_TYPE("scan_exchange_type"),
    SCAN_EXCHANGE_IDENTIFIER("scan_exchange_identifier"),
    EXTRACT_CVE_FROM_TAG("extract_cve_from_tag"),
    CATEGORY_OR_DETAIL("category_or_detail");

    private static final Pattern CVE_TAG = Pattern.compile("cve-[0-9]+-[0-9]+");
    private static final Pattern BASE64 =
            Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
    private static final String EXCHANGE_WEBSHELL = "exchange;webshell";

    private final String schemaName;

    Conversion(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The function of that name in the schema, or {@code null} when Sitrep does not know it. */
    static @Nullable Conversion named(String name) {
        for (Conversion conversion : values()) {
            if (conversion.schemaName.equals(name)) {
                return conversion;
            }
        }
        return null;
    }

    String schemaName() {
        return schemaName;
    }

    /**
     * Converts one cell.
     *
     * @param column the cell's column (named in rejects)
     * @param value the cell as read, never {@code null}
     * @param row every cell of the row, for the functions that read a second column
     */
    @Nullable
    Object apply(String column, String value, Map<String, String> row) {
        return switch (this) {
            case ADD_UTC_TO_TIMESTAMP -> value.isEmpty() ? null : Timestamps.parse(column, value + " UTC");
            case CONVERT_BOOL -> bool(value);
            case VALIDATE_TO_NONE -> value.isEmpty() || value.equals("0") || value.equals("unknown") ? null : value;
            case CONVERT_INT -> value.isEmpty() ? null : integer(column, value);
            case CONVERT_FLOAT -> value.isEmpty() ? null : decimal(column, value);
            case CONVERT_HTTP_HOST_AND_URL -> hostAndUrl(value, row);
            case INVALIDATE_ZERO -> invalidateZero(column, value);
            case VALIDATE_IP -> validIp(column, value);
            case VALIDATE_NETWORK -> network(value);
            case VALIDATE_FQDN -> fqdn(column, value);
            case CONVERT_DATE -> date(value);
            case CONVERT_DATE_UTC -> date(value.strip() + "+00:00");
            case FORCE_BASE64 -> base64(value);
            case SCAN_EXCHANGE_TAXONOMY -> value.equals(EXCHANGE_WEBSHELL) ? "intrusions" : "vulnerable";
            case SCAN_EXCHANGE_TYPE -> value.equals(EXCHANGE_WEBSHELL) ? "system-compromise" : "infected-system";
            case SCAN_EXCHANGE_IDENTIFIER ->
                value.equals(EXCHANGE_WEBSHELL) ? "exchange-server-webshell" : "vulnerable-exchange-server";
            case EXTRACT_CVE_FROM_TAG -> cves(value);
            case CATEGORY_OR_DETAIL -> categoryOrDetail(row);
        };
    }

    private static @Nullable Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "enabled", "1" -> Boolean.TRUE;
            case "n", "no", "false", "disabled", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Long integer(String column, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadField(column, RejectCode.BAD_NUMBER, "not an integer: " + abbreviate(value));
        }
    }

    private static Double decimal(String column, String value) {
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the reject
        }
        throw new BadField(column, RejectCode.BAD_NUMBER, "not a number: " + abbreviate(value));
    }

    private static @Nullable Long invalidateZero(String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        long number = integer(column, value);
        return number == 0 ? null : number;
    }

    /** {@code 0.0.0.0}, a network and anything that is not one address are "no address". */
    private static @Nullable String validIp(String column, String value) {
        String text = value.strip();
        if (text.equals("0.0.0.0") || text.contains("/") || !Addresses.isIp(text)) {
            return null;
        }
        return Addresses.ip(column, text);
    }

    /** A network in CIDR notation ({@code 192.0.2.0/24}), its address normalised to the block's start. */
    private static @Nullable String network(String value) {
        if (!value.contains("/")) {
            return null;
        }
        IPAddress address = new IPAddressString(value.strip()).getAddress();
        if (address == null || !address.isPrefixed()) {
            return null;
        }
        return address.toPrefixBlock().toCanonicalString();
    }

    private static @Nullable String fqdn(String column, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return UrlParts.fqdn(column, value);
        } catch (BadField notAName) {
            return null;
        }
    }

    /**
     * A date in any of the forms reports use (ISO 8601, {@code YYYY-MM-DD HH:MM:SS}, an HTTP date), as ISO 8601 UTC
     * text; {@code null} when it is none of them (the cell stays in {@code raw}).
     */
    private static @Nullable String date(String value) {
        String text = value.strip();
        if (text.isEmpty() || text.equals("+00:00")) {
            return null;
        }
        String iso =
                text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        for (String candidate : new String[] {text, iso}) {
            try {
                return Timestamps.parse("date", candidate).toString();
            } catch (BadField notIso) {
                // the next form
            }
        }
        try {
            Instant http = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return http.toString();
        } catch (DateTimeParseException notHttp) {
            return null;
        }
    }

    /** The cell as Base64: already Base64 text is kept, anything else is encoded from its UTF-8 bytes. */
    private static @Nullable String base64(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (BASE64.matcher(value).matches()) {
            return value;
        }
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The tag's {@code cve-…} entries, sorted and joined by {@code ;}; {@code null} when there is none. */
    private static @Nullable String cves(String tag) {
        TreeSet<String> found = new TreeSet<>();
        for (String part : tag.split(";")) {
            if (CVE_TAG.matcher(part).matches()) {
                found.add(part);
            }
        }
        return found.isEmpty() ? null : String.join(";", found);
    }

    private static String categoryOrDetail(Map<String, String> row) {
        String category = row.get("category");
        if (category != null && !category.isEmpty()) {
            return category;
        }
        String detail = row.get("detail");
        return detail == null ? "" : detail;
    }

    /**
     * The URL of a request from its host and path columns: {@code cc_dns} or {@code http_host} for the host,
     * {@code url} or {@code http_url} for the path (which may hold a whole request line, {@code GET /x HTTP/1.1}),
     * the scheme from {@code application} when it says {@code http} or {@code https}. Without both, the cell as it is.
     */
    private static String hostAndUrl(String value, Map<String, String> row) {
        String host = row.containsKey("cc_dns") ? row.get("cc_dns") : row.getOrDefault("http_host", "");
        String path = row.containsKey("url") ? row.get("url") : row.getOrDefault("http_url", "");
        if (host == null || host.isEmpty() || path == null || path.isEmpty()) {
            return value;
        }
        int slash = path.indexOf('/');
        String trimmed = slash < 0 ? "" : path.substring(slash);
        int space = firstWhitespace(trimmed);
        trimmed = space < 0 ? trimmed : trimmed.substring(0, space);
        String application = row.get("application");
        String scheme = "http".equals(application) || "https".equals(application) ? application : "http";
        return scheme + "://" + host + trimmed;
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
