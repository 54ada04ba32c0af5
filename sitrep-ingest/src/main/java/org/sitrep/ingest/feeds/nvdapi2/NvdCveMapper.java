package org.sitrep.ingest.feeds.nvdapi2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.core.vulnerability.Vulnerability.Cvss;
import org.sitrep.ingest.feeds.vulnerability.AffectedObjectClassifier;
import org.sitrep.ingest.feeds.vulnerability.CvssScores;
import org.sitrep.ingest.feeds.vulnerability.LenientJson;
import org.sitrep.ingest.feeds.vulnerability.ZeroDayTags;
import tools.jackson.databind.JsonNode;

/**
 * Maps one NVD API 2.0 {@code cve} object to a vulnerability.
 *
 * <ul>
 *   <li>{@code vulnStatus = Rejected}: skipped;
 *   <li>{@code published}/{@code modified}: the dates of {@code published}/{@code lastModified} (UTC, no zone);
 *   <li>CVSS: {@code cvssMetricV40}, {@code V31}, {@code V30}, {@code V2}, {@code Primary} before {@code Secondary}
 *       (see {@link NvdApi2Config#primaryAcrossVersions()}); severity from {@code baseSeverity} (v2: the entry's),
 *       else from the score;
 *   <li>{@code known_exploited}: {@code cisaExploitAdd} is present; title: {@code cisaVulnerabilityName} when present;
 *   <li>vendor/product: from the first vulnerable CPE match ({@code cpe:2.3:part:vendor:product:…}), as CPE writes
 *       them (lower case, {@code _} for spaces);
 *   <li>{@code remote}: the chosen vector has {@code AV:N}; {@code zero_day}: a {@code cveTags} tag says so.
 * </ul>
 */
final class NvdCveMapper {

    private static final Pattern CVE_ID = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final List<String> METRIC_KEYS =
            List.of("cvssMetricV40", "cvssMetricV31", "cvssMetricV30", "cvssMetricV2");

    private final NvdApi2Config config;

    NvdCveMapper(NvdApi2Config config) {
        this.config = config;
    }

    ParseOutcome map(JsonNode entry) {
        JsonNode cve = entry.path("cve").isObject() ? entry.path("cve") : entry;
        String id = LenientJson.text(cve.path("id"));
        if (id == null) {
            return ParseOutcome.reject("cve.id", RejectCode.MISSING_FIELD, "the entry has no cve.id");
        }
        if (!CVE_ID.matcher(id).matches()) {
            return ParseOutcome.reject("cve.id", RejectCode.BAD_ID, "not a CVE id: " + id);
        }
        if ("Rejected".equalsIgnoreCase(LenientJson.text(cve.path("vulnStatus")))) {
            return new ParseOutcome.Skipped(id + " is Rejected");
        }
        Optional<LocalDate> published = LenientJson.date(LenientJson.text(cve.path("published")));
        if (published.isEmpty()) {
            return ParseOutcome.reject("cve.published", RejectCode.BAD_DATE, id + " has no readable published date");
        }
        return new ParseOutcome.Vulnerabilities(List.of(vulnerability(id, published.get(), cve)));
    }

    private Vulnerability vulnerability(String id, LocalDate published, JsonNode cve) {
        Metric metric = bestMetric(cve.path("metrics"));
        Cvss cvss = metric == null ? null : metric.cvss();
        List<String> cpes = vulnerableCpes(cve.path("configurations"));
        String[] names = cpes.isEmpty() ? new String[0] : cpes.get(0).split("(?<!\\\\):");
        String vendor = names.length > 4 ? cpeValue(names[3]) : null;
        String product = names.length > 4 ? cpeValue(names[4]) : null;
        String title = LenientJson.text(cve.path("cisaVulnerabilityName"));
        String description = LenientJson.englishValue(cve.path("descriptions"));
        return new Vulnerability(
                id,
                List.of(),
                published,
                LenientJson.date(LenientJson.text(cve.path("lastModified"))).orElse(null),
                title,
                description,
                metric == null ? null : CvssScores.severity(metric.severity(), cvss),
                cvss,
                AffectedObjectClassifier.classify(
                        cpes, AffectedObjectClassifier.nameOf(vendor, product, title), description),
                vendor,
                product,
                zeroDay(cve.path("cveTags")),
                CvssScores.networkAttackVector(cvss),
                LenientJson.text(cve.path("cisaExploitAdd")) != null,
                config.source());
    }

    private record Metric(Cvss cvss, @Nullable String severity) {}

    private @Nullable Metric bestMetric(JsonNode metrics) {
        List<String> types = List.of("Primary", "Secondary");
        if (config.primaryAcrossVersions()) {
            for (String type : types) {
                for (String key : METRIC_KEYS) {
                    Metric metric = firstOf(metrics.path(key), type);
                    if (metric != null) {
                        return metric;
                    }
                }
            }
            return anyOf(metrics);
        }
        for (String key : METRIC_KEYS) {
            for (String type : types) {
                Metric metric = firstOf(metrics.path(key), type);
                if (metric != null) {
                    return metric;
                }
            }
        }
        return anyOf(metrics);
    }

    /** Entries with neither type (older answers) come last. */
    private static @Nullable Metric anyOf(JsonNode metrics) {
        for (String key : METRIC_KEYS) {
            Metric metric = firstOf(metrics.path(key), null);
            if (metric != null) {
                return metric;
            }
        }
        return null;
    }

    private static @Nullable Metric firstOf(JsonNode entries, @Nullable String type) {
        for (JsonNode entry : entries) {
            if (type != null && !type.equalsIgnoreCase(LenientJson.text(entry.path("type")))) {
                continue;
            }
            JsonNode data = entry.path("cvssData");
            Optional<Cvss> cvss = CvssScores.read(
                    LenientJson.text(data.path("version")),
                    LenientJson.text(data.path("vectorString")),
                    LenientJson.number(data.path("baseScore")));
            if (cvss.isPresent()) {
                String severity = LenientJson.text(data.path("baseSeverity"));
                return new Metric(
                        cvss.get(), severity != null ? severity : LenientJson.text(entry.path("baseSeverity")));
            }
        }
        return null;
    }

    private static List<String> vulnerableCpes(JsonNode configurations) {
        List<String> cpes = new ArrayList<>();
        for (JsonNode configuration : configurations) {
            for (JsonNode node : configuration.path("nodes")) {
                for (JsonNode match : node.path("cpeMatch")) {
                    String criteria = LenientJson.text(match.path("criteria"));
                    if (criteria != null && match.path("vulnerable").asBoolean(true)) {
                        cpes.add(criteria);
                    }
                }
            }
        }
        return cpes;
    }

    private static @Nullable String cpeValue(String value) {
        if (value.equals("*") || value.equals("-")) {
            return null;
        }
        return value.replace("\\", "");
    }

    private static boolean zeroDay(JsonNode cveTags) {
        for (JsonNode cveTag : cveTags) {
            for (JsonNode tag : cveTag.path("tags")) {
                if (ZeroDayTags.isZeroDay(LenientJson.text(tag))) {
                    return true;
                }
            }
        }
        return false;
    }
}
