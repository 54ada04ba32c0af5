package org.sitrep.ingest.feeds.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;

/** Runs a feed format over a text as the pipeline would: frame, then parse every record. */
public final class FeedRun {

    /** The fixed time every test run observes its feed at. */
    public static final Instant OBSERVED = Instant.parse("2026-11-23T12:00:00Z");

    private FeedRun() {}

    public static List<ParseOutcome> outcomes(FeedFormat format, String text, String fileName) {
        return records(format, text, fileName).stream().map(Parsed::outcome).toList();
    }

    /** Each record with what the parser made of it. */
    public record Parsed(RawRecord record, ParseOutcome outcome) {}

    public static List<Parsed> records(FeedFormat format, String text, String fileName) {
        return records(format, text, fileName, Map.of());
    }

    /** The records with what the parser made of them, the feed's settings ({@code sitrep.yaml}) given. */
    public static List<Parsed> records(FeedFormat format, String text, String fileName, Map<String, Object> settings) {
        RecordParser parser =
                format.parser(new FormatContext(fileName, Clock.fixed(OBSERVED, ZoneOffset.UTC), settings));
        List<Parsed> parsed = new ArrayList<>();
        try (RecordSource source = format.open(new StringReader(text))) {
            while (source.hasNext()) {
                RawRecord record = source.next();
                ParseOutcome outcome = parser.parse(record);
                assertThat(outcome).as("outcome of line %d", record.line()).isNotNull();
                parsed.add(new Parsed(record, outcome));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed;
    }

    /** Every record of the source, read to its end; the source is closed. */
    public static List<RawRecord> all(RecordSource source) {
        List<RawRecord> records = new ArrayList<>();
        try (source) {
            source.forEachRemaining(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    public static List<Event> events(List<ParseOutcome> outcomes) {
        return outcomes.stream()
                .filter(ParseOutcome.Events.class::isInstance)
                .flatMap(outcome -> ((ParseOutcome.Events) outcome).events().stream())
                .toList();
    }

    public static List<ParseOutcome.Rejected> rejects(List<ParseOutcome> outcomes) {
        return outcomes.stream()
                .filter(ParseOutcome.Rejected.class::isInstance)
                .map(ParseOutcome.Rejected.class::cast)
                .toList();
    }

    public static List<ParseOutcome.Skipped> skips(List<ParseOutcome> outcomes) {
        return outcomes.stream()
                .filter(ParseOutcome.Skipped.class::isInstance)
                .map(ParseOutcome.Skipped.class::cast)
                .toList();
    }

    /** A test resource next to the given class, as UTF-8 text. */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detection sample of a text: its first 20 lines. */
    public static Sample sample(String fileName, String text) {
        return new Sample(fileName, text.lines().limit(20).toList());
    }
}
