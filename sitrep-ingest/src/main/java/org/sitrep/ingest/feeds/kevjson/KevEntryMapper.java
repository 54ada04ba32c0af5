package org.sitrep.ingest.feeds.kevjson;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.ingest.feeds.vulnerability.AffectedObjectClassifier;
import org.sitrep.ingest.feeds.vulnerability.LenientJson;
import tools.jackson.databind.JsonNode;

/**
 * Maps one KEV entry: {@code cveID} → id, {@code dateAdded} → published, {@code vendorProject}/{@code product},
 * {@code vulnerabilityName} → title, {@code shortDescription} → description, {@code known_exploited = true}. KEV
 * carries no score: severity and CVSS stay unknown, {@code remote} and {@code zero_day} false; the affected object is
 * guessed from the names ({@link AffectedObjectClassifier}).
 */
final class KevEntryMapper {

    private static final Pattern CVE_ID = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    private final String source;

    KevEntryMapper(String source) {
        this.source = source;
    }

    ParseOutcome map(JsonNode entry) {
        String id = LenientJson.text(entry.path("cveID"));
        if (id == null) {
            return ParseOutcome.reject("cveID", RejectCode.MISSING_FIELD, "the entry has no cveID");
        }
        if (!CVE_ID.matcher(id).matches()) {
            return ParseOutcome.reject("cveID", RejectCode.BAD_ID, "not a CVE id: " + id);
        }
        Optional<LocalDate> added = LenientJson.date(LenientJson.text(entry.path("dateAdded")));
        if (added.isEmpty()) {
            return ParseOutcome.reject("dateAdded", RejectCode.BAD_DATE, id + " has no readable dateAdded");
        }
        String vendor = LenientJson.text(entry.path("vendorProject"));
        String product = LenientJson.text(entry.path("product"));
        String title = LenientJson.text(entry.path("vulnerabilityName"));
        String description = LenientJson.text(entry.path("shortDescription"));
        return new ParseOutcome.Vulnerabilities(List.of(new Vulnerability(
                id,
                List.of(),
                added.get(),
                null,
                title,
                description,
                null,
                null,
                AffectedObjectClassifier.classify(
                        List.of(), AffectedObjectClassifier.nameOf(vendor, product, title), description),
                vendor,
                product,
                false,
                false,
                true,
                source)));
    }
}
