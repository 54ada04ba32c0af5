package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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

    /** The header last checked and what was wrong with it: every row of a file has the same columns. */
    private Set<String> checkedHeader = Set.of();

    private @Nullable ParseOutcome headerProblem;

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
        ParseOutcome problem = headerProblem(report, record.fields().keySet());
        if (problem != null) {
            return problem;
        }
        return ParseOutcome.of(mapper.map(report, record.fields(), record.text(), observed));
    }

    private @Nullable ParseOutcome headerProblem(ReportSchema report, Set<String> header) {
        if (header != checkedHeader && !header.equals(checkedHeader)) {
            List<String> missing = report.missingColumns(header);
            headerProblem = missing.isEmpty()
                    ? null
                    : ParseOutcome.reject(
                            missing.get(0),
                            RejectCode.MISSING_FIELD,
                            "report " + report.fileName() + " requires the column" + (missing.size() > 1 ? "s " : " ")
                                    + String.join(", ", missing) + ", which the header lacks");
            checkedHeader = header;
        }
        return headerProblem;
    }
}
