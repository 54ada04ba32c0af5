package org.sitrep.report.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.cases.CaseType;
import org.sitrep.report.model.Counted;
import org.sitrep.report.model.IncidentSection;

/** Section 5: cases handled, partners, phishing complaints, mobile malware, distribution by type. */
final class IncidentWriter {
    private final Wording wording;
    private final Language language;
    private final String organisation;

    IncidentWriter(Wording wording, String organisation) {
        this.wording = wording;
        this.language = wording.language();
        this.organisation = organisation;
    }

    WrittenBulletin.Section write(IncidentSection incidents) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(handled(incidents)));
        if (!incidents.phishingBySector().isEmpty()) {
            List<String> items = incidents.phishingBySector().stream()
                    .map(entry -> wording.format(
                            "incidents.sector",
                            Map.of(
                                    "sector",
                                    wording.label("sector", entry.key()),
                                    "count",
                                    language.count(entry.count()))))
                    .toList();
            blocks.add(
                    new Block.Paragraph(wording.format("incidents.sectors", Map.of("sectors", wording.list(items)))));
        }
        byType(incidents).ifPresent(text -> blocks.add(new Block.Paragraph(text)));
        blocks.add(new Block.Figures(List.of(
                BulletinWriter.figure(wording, FigureKind.CASES_BY_TYPE, Map.of()),
                BulletinWriter.figure(wording, FigureKind.CASES_BY_PARTNER, Map.of()))));
        return new WrittenBulletin.Section("incidents", wording.text("section.incidents"), blocks);
    }

    String handled(IncidentSection incidents) {
        List<String> partners = incidents.partnerKinds().stream()
                .filter(entry -> entry.count() > 0)
                .map(entry -> wording.label("partner", entry.key()))
                .toList();
        Map<String, Object> values = new HashMap<>();
        values.put("organisation", organisation);
        values.put(
                "partners",
                partners.isEmpty()
                        ? ""
                        : wording.format("incidents.partners", Map.of("partners", wording.listAlso(partners))));
        values.put("handled", language.count(incidents.handled()));
        values.put("crossBorder", language.count(incidents.crossBorder()));
        values.put("phishing", language.count(incidents.phishingComplaints()));
        values.put("platforms", language.count(incidents.mobilePlatforms()));
        values.put("urls", language.count(incidents.mobileMaliciousUrls()));
        return wording.format("incidents.handled", values);
    }

    java.util.Optional<String> byType(IncidentSection incidents) {
        if (incidents.handled() == 0 || incidents.byType().isEmpty()) {
            return java.util.Optional.empty();
        }
        Counted<CaseType> top = incidents.byType().getFirst();
        return java.util.Optional.of(wording.format(
                "incidents.byType",
                Map.of(
                        "figure", BulletinWriter.figureRef(wording, FigureKind.CASES_BY_TYPE),
                        "type", wording.label("caseType", top.key()),
                        "count", language.count(top.count()),
                        "share", language.decimal(Decimals.share(top.count(), incidents.handled())))));
    }
}
