package org.sitrep.ingest.feeds.shadowserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.BadField;

/** Each conversion function of Shadowserver's schema, with the meaning IntelMQ's Shadowserver parser gives it. */
class ConversionTest {

    private static final Map<String, String> NO_ROW = Map.of();

    private static Object apply(Conversion conversion, String value) {
        return conversion.apply("column", value, NO_ROW);
    }

    private static Object apply(Conversion conversion, String value, Map<String, String> row) {
        return conversion.apply("column", value, row);
    }

    @Test
    void implementsEveryFunctionTheBundledSchemaNames() {
        Set<String> named = new TreeSet<>();
        ShadowserverSchema.bundled().reports().values().forEach(report -> {
            report.required().forEach(rule -> addName(named, rule));
            report.optional().forEach(rule -> addName(named, rule));
        });

        assertThat(named)
                .isEqualTo(Arrays.stream(Conversion.values())
                        .map(Conversion::schemaName)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static void addName(Set<String> named, FieldRule rule) {
        if (rule.conversion() != null) {
            named.add(rule.conversion().schemaName());
        }
    }

    @Test
    void addUtcToTimestampReadsTheReportsTimeAsUtc() {
        assertThat(apply(Conversion.ADD_UTC_TO_TIMESTAMP, "2026-11-23 00:00:07"))
                .isEqualTo(Instant.parse("2026-11-23T00:00:07Z"));
        assertThat(apply(Conversion.ADD_UTC_TO_TIMESTAMP, "")).isNull();
        assertThatThrownBy(() -> apply(Conversion.ADD_UTC_TO_TIMESTAMP, "23/11/2026"))
                .isInstanceOf(BadField.class)
                .extracting(e -> ((BadField) e).toRejected().code())
                .isEqualTo("bad-timestamp");
    }

    @Test
    void convertBoolKnowsTheWordsIntelMqKnowsAndNothingElse() {
        for (String yes : new String[] {"y", "Yes", "TRUE", "enabled", "1"}) {
            assertThat(apply(Conversion.CONVERT_BOOL, yes)).as(yes).isEqualTo(true);
        }
        for (String no : new String[] {"n", "no", "False", "disabled", "0"}) {
            assertThat(apply(Conversion.CONVERT_BOOL, no)).as(no).isEqualTo(false);
        }
        assertThat(apply(Conversion.CONVERT_BOOL, "maybe")).isNull();
        assertThat(apply(Conversion.CONVERT_BOOL, "")).isNull();
    }

    @Test
    void validateToNoneDropsEmptyZeroAndUnknown() {
        assertThat(apply(Conversion.VALIDATE_TO_NONE, "")).isNull();
        assertThat(apply(Conversion.VALIDATE_TO_NONE, "0")).isNull();
        assertThat(apply(Conversion.VALIDATE_TO_NONE, "unknown")).isNull();
        assertThat(apply(Conversion.VALIDATE_TO_NONE, "Unknown")).isEqualTo("Unknown");
        assertThat(apply(Conversion.VALIDATE_TO_NONE, "mirai")).isEqualTo("mirai");
    }

    @Test
    void convertIntAndFloatReadNumbersAndRefuseOtherText() {
        assertThat(apply(Conversion.CONVERT_INT, "443")).isEqualTo(443L);
        assertThat(apply(Conversion.CONVERT_INT, "0")).isEqualTo(0L);
        assertThat(apply(Conversion.CONVERT_INT, "")).isNull();
        assertThatThrownBy(() -> apply(Conversion.CONVERT_INT, "4.5")).isInstanceOf(BadField.class);
        assertThat(apply(Conversion.CONVERT_FLOAT, "1.25")).isEqualTo(1.25);
        assertThat(apply(Conversion.CONVERT_FLOAT, "")).isNull();
        assertThatThrownBy(() -> apply(Conversion.CONVERT_FLOAT, "NaN")).isInstanceOf(BadField.class);
    }

    @Test
    void invalidateZeroMakesZeroNoValue() {
        assertThat(apply(Conversion.INVALIDATE_ZERO, "0")).isNull();
        assertThat(apply(Conversion.INVALIDATE_ZERO, "")).isNull();
        assertThat(apply(Conversion.INVALIDATE_ZERO, "64496")).isEqualTo(64496L);
        assertThatThrownBy(() -> apply(Conversion.INVALIDATE_ZERO, "AS1")).isInstanceOf(BadField.class);
    }

    @Test
    void validateIpKeepsOneAddressCanonicallyAndDropsTheRest() {
        assertThat(apply(Conversion.VALIDATE_IP, "192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(apply(Conversion.VALIDATE_IP, "2001:DB8:0:0::1")).isEqualTo("2001:db8::1");
        assertThat(apply(Conversion.VALIDATE_IP, "0.0.0.0")).isNull();
        assertThat(apply(Conversion.VALIDATE_IP, "192.0.2.0/24")).isNull();
        assertThat(apply(Conversion.VALIDATE_IP, "not-an-ip")).isNull();
    }

    @Test
    void validateNetworkKeepsCidrNetworksOnly() {
        assertThat(apply(Conversion.VALIDATE_NETWORK, "192.0.2.0/24")).isEqualTo("192.0.2.0/24");
        assertThat(apply(Conversion.VALIDATE_NETWORK, "192.0.2.7/24")).isEqualTo("192.0.2.0/24");
        assertThat(apply(Conversion.VALIDATE_NETWORK, "192.0.2.7")).isNull();
        assertThat(apply(Conversion.VALIDATE_NETWORK, "x/24")).isNull();
    }

    @Test
    void validateFqdnKeepsHostNamesOnly() {
        assertThat(apply(Conversion.VALIDATE_FQDN, "C2.Example.NET.")).isEqualTo("c2.example.net");
        assertThat(apply(Conversion.VALIDATE_FQDN, "192.0.2.1")).isNull();
        assertThat(apply(Conversion.VALIDATE_FQDN, "not a host")).isNull();
        assertThat(apply(Conversion.VALIDATE_FQDN, "")).isNull();
    }

    @Test
    void convertDateGivesIsoUtcTextFromTheFormsReportsUse() {
        assertThat(apply(Conversion.CONVERT_DATE, "Mon, 23 Nov 2026 01:02:28 GMT"))
                .isEqualTo("2026-11-23T01:02:28Z");
        assertThat(apply(Conversion.CONVERT_DATE, "2026-11-23T01:02:28+01:00")).isEqualTo("2026-11-23T00:02:28Z");
        assertThat(apply(Conversion.CONVERT_DATE, "2026-11-23 01:02:28")).isEqualTo("2026-11-23T01:02:28Z");
        assertThat(apply(Conversion.CONVERT_DATE, "yesterday")).isNull();
        assertThat(apply(Conversion.CONVERT_DATE_UTC, "2026-11-23 01:02:28")).isEqualTo("2026-11-23T01:02:28Z");
        assertThat(apply(Conversion.CONVERT_DATE_UTC, "")).isNull();
    }

    @Test
    void convertHttpHostAndUrlJoinsHostAndPathOfTheRequest() {
        Map<String, String> sinkhole = Map.of("http_host", "c2.example.net", "http_url", "GET /gate.php HTTP/1.1");
        Map<String, String> secure = Map.of("http_host", "shop.example.com", "url", "/login/", "application", "https");
        Map<String, String> drone = Map.of("cc_dns", "cc.example.org", "http_host", "other.example", "url", "/x");
        Map<String, String> noHost = Map.of("url", "/x");

        assertThat(apply(Conversion.CONVERT_HTTP_HOST_AND_URL, "GET /gate.php HTTP/1.1", sinkhole))
                .isEqualTo("http://c2.example.net/gate.php");
        assertThat(apply(Conversion.CONVERT_HTTP_HOST_AND_URL, "/login/", secure))
                .isEqualTo("https://shop.example.com/login/");
        assertThat(apply(Conversion.CONVERT_HTTP_HOST_AND_URL, "/x", drone)).isEqualTo("http://cc.example.org/x");
        assertThat(apply(Conversion.CONVERT_HTTP_HOST_AND_URL, "/x", noHost)).isEqualTo("/x");
    }

    @Test
    void forceBase64KeepsBase64AndEncodesPlainText() {
        assertThat(apply(Conversion.FORCE_BASE64, "R0VUIC8=")).isEqualTo("R0VUIC8=");
        assertThat(apply(Conversion.FORCE_BASE64, "GET / HTTP/1.1")).isEqualTo("R0VUIC8gSFRUUC8xLjE=");
        assertThat(apply(Conversion.FORCE_BASE64, "")).isNull();
    }

    @Test
    void scanExchangeFunctionsTellWebShellsFromVulnerableServers() {
        assertThat(apply(Conversion.SCAN_EXCHANGE_TAXONOMY, "exchange;webshell"))
                .isEqualTo("intrusions");
        assertThat(apply(Conversion.SCAN_EXCHANGE_TYPE, "exchange;webshell")).isEqualTo("system-compromise");
        assertThat(apply(Conversion.SCAN_EXCHANGE_IDENTIFIER, "exchange;webshell"))
                .isEqualTo("exchange-server-webshell");
        assertThat(apply(Conversion.SCAN_EXCHANGE_TAXONOMY, "cve-2021-26855")).isEqualTo("vulnerable");
        assertThat(apply(Conversion.SCAN_EXCHANGE_TYPE, "cve-2021-26855")).isEqualTo("infected-system");
        assertThat(apply(Conversion.SCAN_EXCHANGE_IDENTIFIER, "cve-2021-26855"))
                .isEqualTo("vulnerable-exchange-server");
    }

    @Test
    void extractCveFromTagListsTheTagsCvesSorted() {
        assertThat(apply(Conversion.EXTRACT_CVE_FROM_TAG, "exchange;cve-2021-34473;cve-2021-26855;cve-2021-26855"))
                .isEqualTo("cve-2021-26855;cve-2021-34473");
        assertThat(apply(Conversion.EXTRACT_CVE_FROM_TAG, "http;ssl")).isNull();
    }

    @Test
    void categoryOrDetailPrefersTheCategory() {
        assertThat(apply(Conversion.CATEGORY_OR_DETAIL, "webshell", Map.of("category", "webshell", "detail", "x")))
                .isEqualTo("webshell");
        assertThat(apply(Conversion.CATEGORY_OR_DETAIL, "", Map.of("category", "", "detail", "seen on x")))
                .isEqualTo("seen on x");
    }

    @Test
    void refusesASchemaNamingAFunctionSitrepDoesNotImplement() {
        String schema = """
                {"scan_x": {"feed_name": "X", "file_name": "scan_x", "constant_fields": {},
                  "required_fields": [["time.source", "timestamp", "add_UTC_to_timestamp"]],
                  "optional_fields": [["extra.", "y", "convert_to_klingon"]]}}
                """;

        assertThatThrownBy(() -> ShadowserverSchema.parse(schema.getBytes(), "new.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("new.json: report scan_x: optional_fields[0]: conversion function convert_to_klingon is not"
                        + " one Sitrep implements");
    }
}
