package org.sitrep.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parse, parse + enrichment and end to end for each line-framed feed format on about N records: the format's test
 * fixture (written from the publisher's schema) with its data rows repeated until N, every IPv4 address and URL host
 * name varied per row so that the records are distinct observations, as in a real dump. Run from the repository
 * root ({@code ./sitrep-bench/run formats 1e6}); files are kept under {@code bench.dir}.
 */
public final class FormatScaleRun {

    private static final Path FIXTURES = Path.of("sitrep-ingest/src/test/resources/org/sitrep/ingest/feeds");
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b");
    private static final Pattern URL_HOST = Pattern.compile("://(?=[a-z])");

    /** A format, its fixture and how many leading lines (comments, header) precede the data rows. */
    private record Feed(String format, String fixture, boolean headerLine) {}

    private static final List<Feed> FEEDS = List.of(
            new Feed("shadowserver", "shadowserver/2026-11-23-event4_sinkhole_http-example-geo.csv", true),
            new Feed("urlhaus-csv", "urlhaus/csv_recent.csv", false),
            new Feed("feodo-csv", "feodo/ipblocklist.csv", false),
            new Feed("threatfox-csv", "threatfox/recent.csv", false),
            new Feed("phishtank-csv", "phishtank/online-valid.csv", true),
            new Feed("zone-h-csv", "zoneh/defacements.csv", true),
            new Feed("openphish-txt", "openphish/feed.txt", false),
            new Feed("openphish-jsonl", "openphish/premium.jsonl", false));

    private FormatScaleRun() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-ingest"));
        String stages = System.getProperty("bench.stages", "parse,enrich,ingest");
        String only = System.getProperty("bench.formats", "");
        for (String size : args) {
            long records = (long) Double.parseDouble(size);
            Path dir = root.resolve("formats-" + records);
            IngestScaleRun.Inputs inputs = IngestScaleRun.Inputs.prepare(root.resolve(Long.toString(records)), records);
            for (Feed feed : FEEDS) {
                if (!only.isEmpty() && !List.of(only.split(",")).contains(feed.format())) {
                    continue;
                }
                Path file = replicate(feed, dir, records);
                for (String stage : stages.split(",")) {
                    IngestScaleRun.run(stage, feed.format(), file, inputs, dir);
                }
            }
        }
    }

    /** The fixture's data rows repeated to about {@code records} rows, each with its own addresses and hosts. */
    private static Path replicate(Feed feed, Path dir, long records) throws IOException {
        Path fixture = FIXTURES.resolve(feed.fixture());
        String name = fixture.getFileName().toString();
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
        List<String> prefix = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            boolean comment = line.startsWith("#") || line.isBlank();
            if (comment || (feed.headerLine() && prefix.isEmpty())) {
                if (rows.isEmpty()) {
                    prefix.add(line);
                }
            } else {
                rows.add(line);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : prefix) {
                out.write(line);
                out.newLine();
            }
            for (long n = 0; n < records; n++) {
                out.write(varied(rows.get((int) (n % rows.size())), n));
                out.newLine();
            }
        }
        return file;
    }

    private static String varied(String row, long n) {
        Matcher addresses = IPV4.matcher(row);
        StringBuilder varied = new StringBuilder(row.length() + 16);
        int k = 0;
        while (addresses.find()) {
            addresses.appendReplacement(varied, address(n * 4 + k++));
        }
        addresses.appendTail(varied);
        return URL_HOST.matcher(varied).replaceAll("://h" + n + ".");
    }

    /** A public-looking IPv4 address from a counter (1.0.0.0–223.255.255.255, well spread). */
    private static String address(long counter) {
        long h = counter * 0x9E3779B97F4A7C15L;
        long value = (1L << 24) + Math.floorMod(h ^ (h >>> 29), 222L << 24);
        return (value >>> 24) + "." + (value >>> 16 & 255) + "." + (value >>> 8 & 255) + "." + (value & 255);
    }
}
