package org.sitrep.ingest.feeds.misp;

import java.util.regex.Pattern;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.fields.JsonFields;

/**
 * A MISP feed's {@code manifest.json}. A format reads one input and cannot open the {@code <uuid>.json} files
 * next to it, so each listed event is skipped with a reason naming the file to read with {@code misp-event};
 * the manifest is recognised rather than misread as something else.
 */
public final class MispManifestFormat extends DeclaredFeed {

    private static final Pattern UUID_KEY =
            Pattern.compile("\\{\"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\":\\{.*");

    public MispManifestFormat() {
        super(
                "misp-feed-manifest",
                "MISP feed manifest.json → no events: lists the <uuid>.json event files to read with misp-event",
                MispManifestSource::new,
                MispManifestFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("", sample.firstLines()).replaceAll("\\s", "");
        return UUID_KEY.matcher(head).matches() && head.contains("\"info\"") ? 90 : 0;
    }

    private static RecordParser parserFor(FormatContext context) {
        return raw -> {
            var entry = JsonFields.object(raw.text());
            String uuid = JsonFields.required(entry, "uuid");
            return new ParseOutcome.Skipped(
                    "MISP feed manifest lists event " + uuid + "; read " + uuid + ".json with format misp-event");
        };
    }
}
