package org.sitrep.ingest.feeds.cnvdxml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.ingest.feeds.vulnerability.AffectedObjectClassifier;

/**
 * Maps one CNVD entry's values to a vulnerability: {@code number} → id, {@code cves/cve/cveNumber} → aliases,
 * {@code openTime} → published, {@code serverity} (sic, 高/中/低) → severity, the first {@code products/product} →
 * product (CNVD names vendor and product in one string, so vendor stays unknown). CNVD gives no CVSS vector:
 * {@code remote} is read from the description ({@code 远程}, {@code remote}); {@code zero_day} and
 * {@code known_exploited} stay false; the affected object is guessed from title, products and description.
 */
final class CnvdEntryMapper {

    private static final Pattern CNVD_ID = Pattern.compile("CNVD-\\d{4}-\\d{3,}");
    private static final Pattern CVE_ID = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    private final String source;

    CnvdEntryMapper(String source) {
        this.source = source;
    }

    ParseOutcome map(Map<String, List<String>> values) {
        String id = first(values, "number");
        if (id == null) {
            return ParseOutcome.reject("number", RejectCode.MISSING_FIELD, "the entry has no CNVD number");
        }
        if (!CNVD_ID.matcher(id).matches()) {
            return ParseOutcome.reject("number", RejectCode.BAD_ID, "not a CNVD number: " + id);
        }
        String openTime = first(values, "openTime");
        LocalDate published;
        try {
            published = openTime == null
                    ? null
                    : LocalDate.parse(openTime.length() > 10 ? openTime.substring(0, 10) : openTime);
        } catch (DateTimeException e) {
            published = null;
        }
        if (published == null) {
            return ParseOutcome.reject("openTime", RejectCode.BAD_DATE, id + " has no readable openTime (YYYY-MM-DD)");
        }
        List<String> aliases = new ArrayList<>();
        for (String cve : values.getOrDefault("cves/cve/cveNumber", List.of())) {
            String alias = cve.toUpperCase(Locale.ROOT);
            if (CVE_ID.matcher(alias).matches() && !aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        List<String> products = values.getOrDefault("products/product", List.of());
        String title = first(values, "title");
        String description = first(values, "description");
        String product = products.isEmpty() ? null : products.get(0);
        return new ParseOutcome.Vulnerabilities(List.of(new Vulnerability(
                id,
                aliases,
                published,
                null,
                title,
                description,
                Severity.parse(first(values, "serverity")).orElse(null),
                null,
                AffectedObjectClassifier.classify(
                        List.of(), AffectedObjectClassifier.nameOf(title, String.join(" ", products)), description),
                null,
                product,
                false,
                remote(description),
                false,
                source)));
    }

    private static boolean remote(@Nullable String description) {
        return description != null
                && (description.contains("远程")
                        || description.toLowerCase(Locale.ROOT).contains("remote"));
    }

    private static @Nullable String first(Map<String, List<String>> values, String path) {
        List<String> list = values.get(path);
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
