package org.sitrep.bench.ingest;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.demo.GeneratedFiles;
import org.sitrep.ingest.enrich.Enrichment;
import org.sitrep.ingest.enrich.EnrichmentSettings;
import org.sitrep.ingest.enrich.derive.Derivation;
import org.sitrep.ingest.enrich.derive.DerivationSettings;

/**
 * Events per second of the enrichment stages on parsed demo events: the geo range lookup (the demo's geo table),
 * derivation (kind, site, registered domain, dedup key), both, and parse + both from the JSON line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class EnrichBenchmark {

    private RawRecord[] records;
    private RecordParser parser;
    private Event[] events;
    private Enricher geo;
    private Derivation derivation;
    private int next;

    @Setup
    public void setUp() {
        GeneratedFiles files = Samples.demo(2000);
        records = Samples.records("intelmq-jsonl", String.join("\n", Samples.lines(files)));
        parser = Samples.parser("intelmq-jsonl", "events.jsonl");
        events = Samples.events(parser, records);
        List<Enricher> enrichers = Enrichment.fromSettings(
                new EnrichmentSettings(null, null, null, files.geoTable(), null), warning -> {});
        geo = enrichers.get(0);
        derivation = new Derivation(DerivationSettings.defaults());
    }

    private int advance(int length) {
        int index = next;
        next = next + 1 == length ? 0 : next + 1;
        return index;
    }

    @Benchmark
    public Event geo() {
        return geo.enrich(events[advance(events.length)]);
    }

    @Benchmark
    public Event derivation() {
        return derivation.enrich(events[advance(events.length)]);
    }

    @Benchmark
    public Event geoAndDerivation() {
        return derivation.enrich(geo.enrich(events[advance(events.length)]));
    }

    @Benchmark
    public Object parseGeoAndDerivation() {
        ParseOutcome outcome = parser.parse(records[advance(records.length)]);
        if (outcome instanceof ParseOutcome.Events parsed) {
            Event event = parsed.events().get(0);
            return derivation.enrich(geo.enrich(event));
        }
        return outcome;
    }
}
