package org.sitrep.app.weeks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.bulletins.ReportJson;
import org.sitrep.app.bulletins.ServedBulletins;
import org.sitrep.app.bulletins.WeekOverrides;
import org.sitrep.app.bulletins.WeekReport;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.server.JsonBodies;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.assessment.BandOverride;
import org.sitrep.core.assessment.LevelOverride;
import org.sitrep.core.assessment.VulnerabilityLevel;
import org.sitrep.core.week.IsoWeek;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A week's assessment (rating, vulnerability threat level, main threats, every step) and the editor's override. */
@RestController
@RequestMapping(path = "/api/v1/weeks/{week}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "weeks", description = "Bulletin weeks and their figures")
class AssessmentController {

    /** Bounds an override's reason: a few paragraphs. */
    static final int MAX_REASON = 2000;

    private final ServedBulletins served;
    private final WeekOverrides overrides;
    private final AuditTrail audit;

    AssessmentController(ServedBulletins served, WeekOverrides overrides, AuditTrail audit) {
        this.served = served;
        this.overrides = overrides;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The week's assessment with every step",
            description = "The same document as `sitrep assess --json`: indicators, index, bands, floor, the"
                    + " override if any, the vulnerability level, DoS cases, threats and the overview sentences."
                    + " `latest` is the latest complete week.")
    ObjectNode assessment(@PathVariable String week) throws SQLException, IOException {
        IsoWeek target = started(week);
        return document(
                served.read((bulletins, connection) -> bulletins.reports().compute(target))
                        .assessment());
    }

    @PostMapping("/override")
    @PreAuthorize(Access.EDITORS)
    @Operation(
            summary = "Override the week's band, with a reason",
            description = "Body {\"band\": \"中\" (优 良 中 差 危 or excellent good fair poor critical), \"reason\": …};"
                    + " the caller is the analyst on the record. Refused once the week is published. Answers the"
                    + " assessment with the override applied.")
    ObjectNode overrideBand(
            @PathVariable String week, @RequestBody(required = false) @Nullable String body, HttpServletRequest request)
            throws SQLException, IOException {
        IsoWeek target = started(week);
        JsonNode fields = JsonBodies.object(body);
        String text = JsonBodies.required(fields, "band", MAX_REASON);
        Band band = Band.parse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "band must be one of 优 良 中 差 危 or excellent good fair poor critical, was '" + text + "'"));
        String reason = JsonBodies.required(fields, "reason", MAX_REASON);
        String analyst = CurrentUser.get().username();
        WeekReport report = overrides.band(
                target, new BandOverride(band, reason, analyst, served.clock().instant()));
        Assessment assessment = report.assessment();
        audit.record(
                analyst,
                "assessment.override",
                target.toString(),
                "band " + band.chinese() + " (computed "
                        + assessment.computedBand().chinese() + "): " + reason,
                request.getRemoteAddr());
        return document(assessment);
    }

    @PostMapping("/vulnerability-level/override")
    @PreAuthorize(Access.EDITORS)
    @Operation(
            summary = "Override the week's vulnerability threat level, with a reason",
            description = "Body {\"level\": \"高\" (高 中 低 or high medium low), \"reason\": …}; as the band's"
                    + " override otherwise.")
    ObjectNode overrideLevel(
            @PathVariable String week, @RequestBody(required = false) @Nullable String body, HttpServletRequest request)
            throws SQLException, IOException {
        IsoWeek target = started(week);
        JsonNode fields = JsonBodies.object(body);
        String text = JsonBodies.required(fields, "level", MAX_REASON);
        VulnerabilityLevel level = VulnerabilityLevel.parse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "level must be one of 高 中 低 or high medium low, was '" + text + "'"));
        String reason = JsonBodies.required(fields, "reason", MAX_REASON);
        String analyst = CurrentUser.get().username();
        WeekReport report = overrides.level(
                target, new LevelOverride(level, reason, analyst, served.clock().instant()));
        Assessment assessment = report.assessment();
        audit.record(
                analyst,
                "assessment.override",
                target.toString(),
                "vulnerability level " + level.chinese() + " (computed "
                        + assessment.vulnerabilities().computedLevel().chinese() + "): " + reason,
                request.getRemoteAddr());
        return document(assessment);
    }

    /** The assessment as {@code sitrep assess --json} prints it: the record as the archive's JSON maps it. */
    static ObjectNode document(Assessment assessment) {
        return ReportJson.mapper().valueToTree(assessment);
    }

    private IsoWeek started(String week) {
        return WeekParameter.started(week, served.config(), served.clock());
    }
}
