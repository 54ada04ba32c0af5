package org.sitrep.ingest.feeds.cnvdxml;

import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;

/**
 * CNVD's shared vulnerability XML ({@code <vulnerabilitys><vulnerability>…}, sic), streamed with StAX one
 * {@code <vulnerability>} element at a time. Produces vulnerabilities with the CNVD number as id and the CVE
 * numbers as aliases.
 */
public final class CnvdXmlFormat extends DeclaredFeed {

    public static final String NAME = "cnvd-xml";

    public CnvdXmlFormat() {
        this(CnvdXmlConfig.DEFAULT);
    }

    public CnvdXmlFormat(CnvdXmlConfig config) {
        super(
                NAME,
                "CNVD vulnerability XML (vulnerabilitys/vulnerability) → vulnerabilities",
                CnvdRecordSource::new,
                context -> new CnvdXmlParser(new CnvdEntryMapper(
                        context.config(CnvdXmlConfig.class, config).source())));
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
}
