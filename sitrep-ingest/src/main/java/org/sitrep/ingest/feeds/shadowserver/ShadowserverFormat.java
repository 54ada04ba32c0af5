package org.sitrep.ingest.feeds.shadowserver;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.CsvFraming;
import org.sitrep.ingest.feeds.framing.CsvRecordSource;

/**
 * Shadowserver CSV reports: sinkhole HTTP events ({@code event4/event6_sinkhole_http}, legacy "Sinkhole HTTP
 * Drone") → {@code infected-system}; compromised websites → {@code system-compromise} (webshell, defacement) or
 * {@code phishing}; scan reports ({@code scan_*}, {@code scan6_*}) → {@code vulnerable-system},
 * {@code ddos-amplifier}, {@code information-disclosure} or {@code potentially-unwanted-accessible}.
 */
public final class ShadowserverFormat implements FeedFormat {

    private static final CsvFraming FRAMING =
            new CsvFraming(CsvFraming.headerWith("timestamp"), List.of(), false, true);

    @Override
    public String name() {
        return "shadowserver";
    }

    @Override
    public String description() {
        return "Shadowserver CSV reports (sinkhole HTTP, compromised website, scan_*) → infected-system, "
                + "system-compromise/phishing, vulnerable-* events";
    }

    @Override
    public int detect(Sample sample) {
        String named = Report.typeInFileName(sample.fileName());
        boolean knownName = named != null && Report.kindOfType(named) != null;
        String first = sample.firstContentLine().toLowerCase(Locale.ROOT);
        if (!first.contains("\"timestamp\"") && !first.startsWith("timestamp,")) {
            return knownName ? 60 : 0;
        }
        List<String> header = List.of(first.replace("\"", "").split(","));
        Report report =
                Report.of(sample.fileName(), header.stream().map(String::strip).toList());
        if (report == null) {
            return 0;
        }
        return knownName ? 98 : 90;
    }

    @Override
    public RecordSource open(Reader input) {
        return new CsvRecordSource(input, FRAMING);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(
                new ShadowserverParser(context.config(ShadowserverConfig.class, ShadowserverConfig.DEFAULT), context));
    }
}
