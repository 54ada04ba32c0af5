package org.sitrep.ingest.feeds.openphish;

import java.io.Reader;
import java.util.Locale;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.fields.UrlParts;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/**
 * The OpenPhish community feed ({@code feed.txt}: one phishing URL per line, nothing else) → {@code phishing}
 * events timed when read. Any list of URLs looks like this, so detection is sure only of the file name.
 */
public final class OpenphishTextFormat implements FeedFormat {

    @Override
    public String name() {
        return "openphish-txt";
    }

    @Override
    public String description() {
        return "OpenPhish community feed.txt (one URL per line) → phishing events (time = when read)";
    }

    @Override
    public int detect(Sample sample) {
        long lines = 0;
        for (String line : sample.firstLines()) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.strip();
            String lower = text.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || !UrlParts.isUrl(text)) {
                return 0;
            }
            lines++;
        }
        if (lines == 0) {
            return 0;
        }
        return sample.fileName().toLowerCase(Locale.ROOT).contains("openphish") ? 80 : 50;
    }

    @Override
    public RecordSource open(Reader input) {
        return new LineRecordSource(input, true);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return new OpenphishParser(false, context.clock().instant());
    }
}
