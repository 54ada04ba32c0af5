package org.sitrep.bench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.demo.DemoGenerator;
import org.sitrep.ingest.demo.DemoSettings;
import org.sitrep.ingest.demo.GeneratedFiles;
import org.sitrep.ingest.formats.FormatRegistry;

/** Inputs of the micro-benchmarks: framed records of each format and a small demo world with its geo table. */
final class Samples {

    private Samples() {}

    /** A demo week of about {@code events} events (JSON Lines) and its geo table, in a temporary directory. */
    static GeneratedFiles demo(int events) {
        try {
            Path dir = Files.createTempDirectory("sitrep-bench");
            DemoSettings settings = DemoSettings.defaults(Clock.systemUTC())
                    .withLastWeek(new IsoWeek(2026, 47))
                    .withWeeks(1)
                    .withEventsPerWeek(events);
            return new DemoGenerator(settings).generate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(GeneratedFiles files) {
        try {
            return Files.readAllLines(files.eventsFiles().get(0), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records the format's source frames from the text, ready for its parser. */
    static RawRecord[] records(String formatName, String text) {
        FeedFormat format = FormatRegistry.load().byName(formatName);
        List<RawRecord> records = new ArrayList<>();
        try (RecordSource source = format.open(new StringReader(text))) {
            source.forEachRemaining(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records.toArray(RawRecord[]::new);
    }

    static RecordParser parser(String formatName, String fileName) {
        return FormatRegistry.load().byName(formatName).parser(new FormatContext(fileName, Clock.systemUTC()));
    }

    /** The events of parsed records; fails when a sample record does not parse (the benchmark would lie). */
    static Event[] events(RecordParser parser, RawRecord[] records) {
        List<Event> events = new ArrayList<>();
        for (RawRecord record : records) {
            ParseOutcome outcome = parser.parse(record);
            if (!(outcome instanceof ParseOutcome.Events parsed)) {
                throw new IllegalStateException("sample record " + record.line() + " did not parse: " + outcome);
            }
            events.addAll(parsed.events());
        }
        return events.toArray(Event[]::new);
    }
}
