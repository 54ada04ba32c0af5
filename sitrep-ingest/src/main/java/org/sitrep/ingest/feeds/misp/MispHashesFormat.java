package org.sitrep.ingest.feeds.misp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/**
 * A MISP feed's {@code hashes.csv}: {@code <md5 of an attribute value>,<event uuid>} per line, MISP's correlation
 * index. It carries no observation (the values are hashed), so each line is skipped with a reason; the format
 * exists so that a whole feed directory ingests without a file failing as unrecognised.
 */
public final class MispHashesFormat extends DeclaredFeed {

    private static final Pattern LINE = Pattern.compile(
            "([0-9a-fA-F]{32}),([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    public MispHashesFormat() {
        super(
                "misp-feed-hashes",
                "MISP feed hashes.csv (md5 of attribute values → event uuid) → no events: a correlation index",
                input -> new LineRecordSource(input, false),
                MispHashesFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        String first = sample.firstContentLine().strip();
        if (!LINE.matcher(first).matches()) {
            return 0;
        }
        return sample.fileName().toLowerCase(Locale.ROOT).endsWith("hashes.csv") ? 95 : 70;
    }

    private static RecordParser parserFor(FormatContext context) {
        return record -> {
            Matcher line = LINE.matcher(record.text().strip());
            if (!line.matches()) {
                return new ParseOutcome.Rejected(
                        null,
                        RejectCode.BAD_LINE,
                        "not an md5,uuid line of a MISP feed's hashes.csv: " + abbreviated(record.text()));
            }
            return new ParseOutcome.Skipped("MISP correlation hash of an attribute of event " + line.group(2)
                    + "; the event itself is read from " + line.group(2) + ".json");
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
