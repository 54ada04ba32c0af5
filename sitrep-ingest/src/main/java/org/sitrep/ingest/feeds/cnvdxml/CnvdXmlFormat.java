package org.sitrep.ingest.feeds.cnvdxml;

import java.io.IOException;
import java.io.Reader;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;

/**
 * CNVD's shared vulnerability XML ({@code <vulnerabilitys><vulnerability>…}, sic), streamed with StAX one
 * {@code <vulnerability>} element at a time. Produces vulnerabilities with the CNVD number as id and the CVE
 * numbers as aliases.
 */
public final class CnvdXmlFormat extends DeclaredFeed {

    public static final String NAME = "cnvd-xml";

    private final CnvdXmlConfig config;

    public CnvdXmlFormat() {
        this(CnvdXmlConfig.DEFAULT);
    }

    public CnvdXmlFormat(CnvdXmlConfig config) {
        super(NAME, "CNVD vulnerability XML (vulnerabilitys/vulnerability) → vulnerabilities");
        this.config = config;
    }

    @Override
    public int detect(Sample sample) {
        for (String line : sample.firstLines()) {
            if (line.contains("<vulnerabilitys")) {
                return 95;
            }
            if (line.contains("<vulnerability>") && line.contains("CNVD-")) {
                return 80;
            }
        }
        return 0;
    }

    @Override
    public RecordSource open(Reader input) throws IOException {
        return new CnvdRecordSource(input);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(new CnvdXmlParser(
                new CnvdEntryMapper(context.config(CnvdXmlConfig.class, config).source())));
    }
}
