package org.sitrep.ingest.feeds.openphish;

import java.time.Instant;
import java.util.Locale;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.LineFeed;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * The OpenPhish community feed ({@code feed.txt}: one phishing URL per line, nothing else) → {@code phishing}
 * events timed when read. Any list of URLs looks like this, so detection is sure only of the file name.
 */
public final class OpenphishTextFormat extends LineFeed {

    public OpenphishTextFormat() {
        super(
                "openphish-txt",
                "OpenPhish community feed.txt (one URL per line) → phishing events (time = when read)",
                true,
                OpenphishTextFormat::mapper);
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

    private static LineMapper mapper(FormatContext context) {
        OpenphishMapper mapper = new OpenphishMapper(context.config(OpenphishConfig.class, OpenphishConfig.DEFAULT));
        Instant observed = context.clock().instant();
        return (line, raw) -> ParseOutcome.of(mapper.fromUrl(line, observed));
    }
}
