package org.sitrep.ingest.feeds.cvejson5;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.vulnerability.AffectedObject;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.core.vulnerability.Vulnerability.Cvss;
import org.sitrep.ingest.feeds.vulnerability.AffectedObjectClassifier;
import org.sitrep.ingest.feeds.vulnerability.CvssScores;
import org.sitrep.ingest.feeds.vulnerability.LenientJson;
import org.sitrep.ingest.feeds.vulnerability.ZeroDayTags;
import tools.jackson.databind.JsonNode;

/**
 * Maps one CVE 5.x record to a vulnerability.
 *
 * <ul>
 *   <li>{@code published}/{@code modified}: the UTC dates of {@code cveMetadata.datePublished}/{@code dateUpdated};
 *   <li>CVSS: the CNA's metrics in the order v4.0, v3.1, v3.0, v2.0; when the CNA has none, the ADP containers'
 *       (CISA Vulnrichment) in the same order. A missing score is computed from the vector;
 *   <li>severity: the metric's {@code baseSeverity}, else the band of its score;
 *   <li>{@code known_exploited}: an ADP metric {@code other.type = kev};
 *   <li>{@code remote}: the chosen vector has {@code AV:N}; {@code zero_day}: a tag says so;
 *   <li>vendor/product: the first CNA {@code affected} entry naming them ({@code n/a} counts as absent);
 *   <li>affected object: {@link AffectedObjectClassifier} over the CPEs, names and description.
 * </ul>
 */
final class CveRecordMapper {

    private static final Pattern CVE_ID = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final List<String> METRIC_KEYS = List.of("cvssV4_0", "cvssV3_1", "cvssV3_0", "cvssV2_0");

    private final String source;

    CveRecordMapper(String source) {
        this.source = source;
    }

    ParseOutcome map(JsonNode root) {
        if (!"CVE_RECORD".equals(LenientJson.text(root.path("dataType")))) {
            return ParseOutcome.reject("dataType", RejectCode.NOT_CVE_RECORD, "dataType must be CVE_RECORD");
        }
        JsonNode meta = root.path("cveMetadata");
        String id = LenientJson.text(meta.path("cveId"));
        if (id == null) {
            return ParseOutcome.reject("cveMetadata.cveId", RejectCode.MISSING_FIELD, "the record has no cveId");
        }
        if (!CVE_ID.matcher(id).matches()) {
            return ParseOutcome.reject("cveMetadata.cveId", RejectCode.BAD_ID, "not a CVE id: " + id);
        }
        String state = LenientJson.text(meta.path("state"));
        if ("REJECTED".equals(state)) {
            return new ParseOutcome.Skipped(id + " is REJECTED");
        }
        if (!"PUBLISHED".equals(state)) {
            return ParseOutcome.reject(
                    "cveMetadata.state", RejectCode.BAD_STATE, "state must be PUBLISHED or REJECTED");
        }
        Optional<LocalDate> published = LenientJson.date(LenientJson.text(meta.path("datePublished")));
        if (published.isEmpty()) {
            return ParseOutcome.reject(
                    "cveMetadata.datePublished", RejectCode.BAD_DATE, id + " has no readable datePublished");
        }
        return new ParseOutcome.Vulnerabilities(
                List.of(vulnerability(id, published.get(), root.path("containers"), meta)));
    }

    private Vulnerability vulnerability(String id, LocalDate published, JsonNode containers, JsonNode meta) {
        JsonNode cna = containers.path("cna");
        JsonNode adps = containers.path("adp");
        Metric metric = bestMetric(cna.path("metrics"));
        for (JsonNode adp : adps) {
            if (metric != null) {
                break;
            }
            metric = bestMetric(adp.path("metrics"));
        }
        Cvss cvss = metric == null ? null : metric.cvss();
        Severity severity = metric == null ? null : CvssScores.severity(metric.severity(), cvss);
        String title = LenientJson.text(cna.path("title"));
        String description = LenientJson.englishValue(cna.path("descriptions"));
        JsonNode affected = firstNamedAffected(cna.path("affected"));
        String vendor = named(affected.path("vendor"));
        String product = named(affected.path("product"));
        AffectedObject object = AffectedObjectClassifier.classify(
                cpes(cna, adps), AffectedObjectClassifier.nameOf(vendor, product, title), description);
        return new Vulnerability(
                id,
                List.of(),
                published,
                LenientJson.date(LenientJson.text(meta.path("dateUpdated"))).orElse(null),
                title,
                description,
                severity,
                cvss,
                object,
                vendor,
                product,
                zeroDay(cna, adps),
                CvssScores.networkAttackVector(cvss),
                knownExploited(adps),
                source);
    }

    private record Metric(Cvss cvss, @Nullable String severity) {}

    private static @Nullable Metric bestMetric(JsonNode metrics) {
        for (String key : METRIC_KEYS) {
            for (JsonNode entry : metrics) {
                JsonNode data = entry.path(key);
                if (!data.isObject()) {
                    continue;
                }
                Optional<Cvss> cvss = CvssScores.read(
                        LenientJson.text(data.path("version")),
                        LenientJson.text(data.path("vectorString")),
                        LenientJson.number(data.path("baseScore")));
                if (cvss.isPresent()) {
                    return new Metric(cvss.get(), LenientJson.text(data.path("baseSeverity")));
                }
            }
        }
        return null;
    }

    private static boolean knownExploited(JsonNode adps) {
        for (JsonNode adp : adps) {
            for (JsonNode metric : adp.path("metrics")) {
                if ("kev".equalsIgnoreCase(LenientJson.text(metric.path("other").path("type")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean zeroDay(JsonNode cna, JsonNode adps) {
        List<JsonNode> containers = new ArrayList<>();
        containers.add(cna);
        adps.forEach(containers::add);
        for (JsonNode container : containers) {
            for (JsonNode tag : container.path("tags")) {
                if (ZeroDayTags.isZeroDay(LenientJson.text(tag))) {
                    return true;
                }
            }
            for (JsonNode reference : container.path("references")) {
                for (JsonNode tag : reference.path("tags")) {
                    if (ZeroDayTags.isZeroDay(LenientJson.text(tag))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> cpes(JsonNode cna, JsonNode adps) {
        List<String> cpes = new ArrayList<>();
        List<JsonNode> containers = new ArrayList<>();
        containers.add(cna);
        adps.forEach(containers::add);
        for (JsonNode container : containers) {
            for (JsonNode affected : container.path("affected")) {
                for (JsonNode cpe : affected.path("cpes")) {
                    String text = LenientJson.text(cpe);
                    if (text != null) {
                        cpes.add(text);
                    }
                }
            }
        }
        return cpes;
    }

    private static JsonNode firstNamedAffected(JsonNode affected) {
        for (JsonNode entry : affected) {
            if (named(entry.path("vendor")) != null || named(entry.path("product")) != null) {
                return entry;
            }
        }
        return affected.path(0);
    }

    /** CNAs write {@code n/a} when they do not know a vendor or product. */
    private static @Nullable String named(JsonNode node) {
        String text = LenientJson.text(node);
        return text == null || text.equalsIgnoreCase("n/a") ? null : text;
    }
}
