package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.Set;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.RecordGuard;

/** Parses the rows of one Shadowserver report; the report type comes from the file name or the header. */
final class ShadowserverParser implements RecordParser {

    private final ShadowserverMapper mapper;
    private final FormatContext context;
    private final Instant observed;
    private Set<String> lastColumns = Set.of();
    private Report lastReport;

    ShadowserverParser(ShadowserverConfig config, FormatContext context) {
        this.mapper = new ShadowserverMapper(config);
        this.context = context;
        this.observed = context.clock().instant();
    }

    /** The report of the last header seen: every row of a file has the same columns. */
    private Report report(Set<String> columns) {
        if (!columns.equals(lastColumns)) {
            lastColumns = Set.copyOf(columns);
            lastReport = Report.of(context.fileName(), columns);
        }
        return lastReport;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        Report report = report(record.fields().keySet());
        if (report == null) {
            String named = Report.typeInFileName(context.fileName());
            return ParseOutcome.reject(
                    null,
                    "unknown-report",
                    named == null
                            ? "not a Shadowserver report this parser knows (header not recognised)"
                            : "Shadowserver report type " + named + " is not supported");
        }
        if (report.kind() == Report.Kind.SINKHOLE_HTTP && Report.typeInFileName(context.fileName()) == null) {
            report = Report.byAddressFamily(report, record.fields().get("src_ip"));
        }
        return ParseOutcome.of(mapper.map(report, record.fields(), record.text(), observed));
    }
}
