package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RejectCode;

/**
 * Parses the rows of one Shadowserver report. The report comes from the file name alone ({@link ReportName}); a
 * file whose name names no report of the schema has every row rejected as {@code unknown-report}, and a header
 * that lacks a column the report requires has every row rejected as {@code missing-field} naming the column.
 */
final class ShadowserverParser implements RecordParser {

    private final ShadowserverMapper mapper = new ShadowserverMapper();
    private final Instant observed;
    private final @Nullable String reportType;
    private final @Nullable ReportSchema report;

    /** The report's rules for the header last seen: every row of a file has the same columns. */
    private @Nullable HeaderRules rules;

    ShadowserverParser(ShadowserverSchema schema, FormatContext context) {
        this.observed = context.clock().instant();
        this.reportType = ReportName.of(context.fileName());
        this.report = reportType == null ? null : schema.report(reportType);
    }

    /** Maps one row; framing errors and over-long cells are the {@code RecordGuard}'s the format puts around it. */
    @Override
    public ParseOutcome parse(RawRecord record) {
        if (report == null) {
            return ParseOutcome.reject(
                    null,
                    RejectCode.UNKNOWN_REPORT,
                    reportType == null
                            ? "the file name names no Shadowserver report (YYYY-MM-DD-<report>-<identifier>.csv,"
                                    + " <report>.csv or YYYY-MM-DD-<report>.csv)"
                            : "Shadowserver report " + reportType + " is not in the schema");
        }
        Map<String, String> cells = record.fields();
        HeaderRules header = rules;
        String @Nullable [] values = header == null ? null : header.values(cells);
        if (header == null || values == null) {
            header = HeaderRules.of(report, cells);
            values = Objects.requireNonNull(header.values(cells), "the header's own values");
            rules = header;
        }
        ParseOutcome problem = header.problem();
        if (problem != null) {
            return problem;
        }
        return ParseOutcome.of(mapper.map(header, values, cells, record.text(), observed));
    }
}
