package org.sitrep.bench.ingest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;

/**
 * Records per second of one parser on already framed records: IntelMQ JSON Lines and CSV (demo events), a
 * Shadowserver sinkhole HTTP row and a URLhaus CSV row (the test fixtures' rows, in turn).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class ParseBenchmark {

    @Param({"intelmq-jsonl", "intelmq-csv", "shadowserver", "urlhaus-csv"})
    public String format;

    private RawRecord[] records;
    private RecordParser parser;
    private int next;

    @Setup
    public void setUp() throws IOException {
        switch (format) {
            case "intelmq-jsonl" -> {
                List<String> lines = Samples.lines(Samples.demo(2000));
                records = Samples.records(format, String.join("\n", lines));
                parser = Samples.parser(format, "events.jsonl");
            }
            case "intelmq-csv" -> {
                List<String> lines = Samples.lines(Samples.demo(2000));
                records = Samples.records(format, IntelMqCsvConverter.convert(lines));
                parser = Samples.parser(format, "events.csv");
            }
            case "shadowserver" -> {
                String name = "2026-11-23-event4_sinkhole_http-example-geo.csv";
                records = Samples.records(format, Samples.resource(name));
                parser = Samples.parser(format, name);
            }
            case "urlhaus-csv" -> {
                records = Samples.records(format, Samples.resource("urlhaus-csv_recent.csv"));
                parser = Samples.parser(format, "csv_recent.csv");
            }
            default -> throw new IllegalArgumentException(format);
        }
        Samples.events(parser, records);
    }

    @Benchmark
    public ParseOutcome parse() {
        RawRecord record = records[next];
        next = next + 1 == records.length ? 0 : next + 1;
        return parser.parse(record);
    }
}
