package org.sitrep.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;

class FormatRegistryTest {

    /** A format that answers a fixed confidence. */
    private record Fixed(String name, int confidence) implements FeedFormat {
        @Override
        public String description() {
            return name;
        }

        @Override
        public int detect(Sample sample) {
            return confidence;
        }

        @Override
        public RecordSource open(Reader input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RecordParser parser(FormatContext context) {
            throw new UnsupportedOperationException();
        }
    }

    private static final Sample SAMPLE = new Sample("feed.txt", List.of("x"));

    @Test
    void findsTheNativeFormatsThroughTheServiceLoader() {
        assertThat(FormatRegistry.load().names())
                .contains("intelmq-jsonl", "intelmq-csv", "sitrep-vulnerabilities-jsonl", "sitrep-cases-jsonl");
    }

    @Test
    void twoFormatsWithOneNameAreAStartUpError() {
        assertThatThrownBy(() -> new FormatRegistry(List.of(new Fixed("a", 1), new Fixed("a", 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two feed formats are named a");
    }

    @Test
    void detectionPicksTheMostConfidentFormat() {
        FormatRegistry registry = new FormatRegistry(List.of(new Fixed("low", 10), new Fixed("high", 90)));

        assertThat(registry.detect(SAMPLE).name()).isEqualTo("high");
    }

    @Test
    void aTieAtTheTopNamesBoth() {
        FormatRegistry registry =
                new FormatRegistry(List.of(new Fixed("a", 50), new Fixed("b", 50), new Fixed("c", 10)));

        assertThatThrownBy(() -> registry.detect(SAMPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feed.txt could be a or b; choose one with --format NAME");
    }

    @Test
    void noConfidentFormatAsksForOne() {
        FormatRegistry registry = new FormatRegistry(List.of(new Fixed("a", 0)));

        assertThatThrownBy(() -> registry.detect(SAMPLE))
                .hasMessage("no format recognises feed.txt; give one with --format NAME (known: a)");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        FormatRegistry registry = new FormatRegistry(List.of(new Fixed("b", 0), new Fixed("a", 0)));

        assertThatThrownBy(() -> registry.byName("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format x; known formats: a, b");
    }

    @Test
    void nativeFormatsTellTheirInputsApart() {
        FormatRegistry registry = FormatRegistry.load();

        assertThat(registry.detect(sample(
                                "{\"time.source\":\"2026-11-23T00:00:00Z\",\"classification.type\":\"phishing\"}"))
                        .name())
                .isEqualTo("intelmq-jsonl");
        assertThat(registry.detect(sample("time.source,feed.name,classification.type"))
                        .name())
                .isEqualTo("intelmq-csv");
        assertThat(registry.detect(sample("{\"id\":\"CVE-2026-1\",\"published\":\"2026-11-23\",\"severity\":\"high\"}"))
                        .name())
                .isEqualTo("sitrep-vulnerabilities-jsonl");
        assertThat(registry.detect(sample("{\"id\":\"C-1\",\"type\":\"dos\",\"reported_at\":\"2026-11-23T00:00:00Z\"}"))
                        .name())
                .isEqualTo("sitrep-cases-jsonl");
    }

    private static Sample sample(String line) {
        return new Sample("input", List.of(line));
    }
}
