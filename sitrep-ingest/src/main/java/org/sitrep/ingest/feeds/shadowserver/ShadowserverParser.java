package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RejectCode;

/** Parses the rows of one Shadowserver report; the report type comes from the file name or the header. */
final class ShadowserverParser implements RecordParser {

    private final ShadowserverMapper mapper;
    private final FormatContext context;
    private final Instant observed;
    /** The report type the file's name gives, if any: the name is the same for every row. */
    private final @Nullable String typeInFileName;

    private Set<String> lastColumns = Set.of();
    private @Nullable Report lastReport;
    private List<String> lastInstances = List.of();

    ShadowserverParser(ShadowserverConfig config, FormatContext context) {
        this.mapper = new ShadowserverMapper(config);
        this.context = context;
        this.observed = context.clock().instant();
        this.typeInFileName = Report.typeInFileName(context.fileName());
    }

    /**
     * The report of the last header seen: every row of a file has the same columns. Rows framed from one header
     * share its name instances, so a match is found by comparing references before comparing names.
     */
    private @Nullable Report report(Set<String> columns) {
        if (sameInstances(columns)) {
            return lastReport;
        }
        if (!columns.equals(lastColumns)) {
            lastColumns = Set.copyOf(columns);
            lastReport = Report.of(context.fileName(), columns);
        }
        lastInstances = List.copyOf(columns);
        return lastReport;
    }

    private boolean sameInstances(Set<String> columns) {
        if (columns.size() != lastInstances.size()) {
            return false;
        }
        int i = 0;
        for (String column : columns) {
            if (column != lastInstances.get(i++)) {
                return false;
            }
        }
        return true;
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
                    RejectCode.UNKNOWN_REPORT,
                    named == null
                            ? "not a Shadowserver report this parser knows (header not recognised)"
                            : "Shadowserver report type " + named + " is not supported");
        }
        if (report.kind() == Report.Kind.SINKHOLE_HTTP && typeInFileName == null) {
            report = Report.byAddressFamily(report, record.fields().get("src_ip"));
        }
        return ParseOutcome.of(mapper.map(report, record.fields(), record.text(), observed));
    }
}
