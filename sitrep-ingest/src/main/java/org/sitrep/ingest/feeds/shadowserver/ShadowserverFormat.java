package org.sitrep.ingest.feeds.shadowserver;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.framing.CsvRecordSource;

/**
 * Shadowserver CSV reports, every report type of Shadowserver's schema for IntelMQ ({@link ShadowserverSchema}):
 * the report from the file name, the classification the schema's constant fields give (departures in ADR 006), the
 * columns mapped by the schema's rules and conversions, the rest in {@code extra}.
 */
public final class ShadowserverFormat extends DeclaredFeed {

    private static final CsvFraming FRAMING =
            new CsvFraming(CsvFraming.headerWith("timestamp"), List.of(), false, true);

    private final ShadowserverSchema schema;

    /** The format with the schema Sitrep ships. */
    public ShadowserverFormat() {
        this(ShadowserverSchema.bundled());
    }

    public ShadowserverFormat(ShadowserverSchema schema) {
        super(
                "shadowserver",
                "Shadowserver CSV reports, the " + schema.size() + " report types of Shadowserver's schema for IntelMQ"
                        + " (report from the file name) → events classified as the schema says",
                input -> new CsvRecordSource(input, FRAMING),
                context -> parserFor(schema, context));
        this.schema = schema;
    }

    /**
     * Sure when the file name names a report of the schema and the header starts with {@code timestamp}; fairly sure
     * on the name alone (the parser then says which columns are missing); a {@code timestamp}-first header under
     * any other name is claimed weakly, so that an unknown report is refused as {@code unknown-report} rather than
     * read as something else.
     */
    @Override
    public int detect(Sample sample) {
        String type = ReportName.of(sample.fileName());
        boolean known = type != null && schema.report(type) != null;
        String first = sample.firstContentLine().toLowerCase(Locale.ROOT).strip();
        boolean header = first.startsWith("\"timestamp\"") || first.startsWith("timestamp,");
        if (known) {
            return header ? 98 : 60;
        }
        if (!header) {
            return 0;
        }
        return type != null ? 80 : 30;
    }

    /**
     * A parser for one report file. {@code feeds.shadowserver} in {@code sitrep.yaml} is read here so that an
     * unknown key is an error; its {@code schema} path is resolved against the data directory and loaded once by
     * the command line, which builds this format with it ({@link SchemaLocation}).
     */
    private static RecordParser parserFor(ShadowserverSchema schema, FormatContext context) {
        context.config(ShadowserverConfig.class, ShadowserverConfig.DEFAULT);
        return new ShadowserverParser(schema, context);
    }
}
