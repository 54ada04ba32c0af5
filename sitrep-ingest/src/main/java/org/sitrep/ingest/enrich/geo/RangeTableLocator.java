package org.sitrep.ingest.enrich.geo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The geo ranges table ({@code ip_start,ip_end,country_code,region,city,asn,as_name}, inclusive IPv4 and IPv6
 * ranges, UTF-8 with a header) held in sorted primitive arrays: IPv4 bounds as {@code long}, IPv6 bounds as two
 * {@code long}s compared unsigned. A lookup is one binary search; nothing is allocated per lookup once the address
 * is numeric.
 *
 * <p>Rows that cannot be read (bad address, end before start, mixed families) and rows overlapping an earlier
 * range are left out, with one warning each kind giving the count and the first line.
 */
public final class RangeTableLocator implements IpLocator {

    private final String description;
    private final long[] v4Start;
    private final long[] v4End;
    private final IpLocation[] v4Location;
    private final long[] v6StartHigh;
    private final long[] v6StartLow;
    private final long[] v6EndHigh;
    private final long[] v6EndLow;
    private final IpLocation[] v6Location;

    private RangeTableLocator(String description, List<Row> v4, List<Row> v6) {
        this.description = description;
        int n4 = v4.size();
        v4Start = new long[n4];
        v4End = new long[n4];
        v4Location = new IpLocation[n4];
        for (int i = 0; i < n4; i++) {
            v4Start[i] = v4.get(i).startLow();
            v4End[i] = v4.get(i).endLow();
            v4Location[i] = v4.get(i).location();
        }
        int n6 = v6.size();
        v6StartHigh = new long[n6];
        v6StartLow = new long[n6];
        v6EndHigh = new long[n6];
        v6EndLow = new long[n6];
        v6Location = new IpLocation[n6];
        for (int i = 0; i < n6; i++) {
            Row row = v6.get(i);
            v6StartHigh[i] = row.startHigh();
            v6StartLow[i] = row.startLow();
            v6EndHigh[i] = row.endHigh();
            v6EndLow[i] = row.endLow();
            v6Location[i] = row.location();
        }
    }

    /** Loads the table; {@code warnings} hears about rows left out. */
    public static RangeTableLocator load(Path file, Consumer<String> warnings) throws IOException {
        RowCollector collector = new RowCollector(file.getFileName().toString());
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                collector.add(record);
            }
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a readable CSV table: " + e.getMessage(), e);
        }
        return collector.build(warnings);
    }

    /** The number of IPv4 and IPv6 ranges held. */
    public int size() {
        return v4Start.length + v6StartHigh.length;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public IpLocation locate(IPAddress address) {
        if (address == null) {
            return IpLocation.UNKNOWN;
        }
        IPAddress plain = GeoAddresses.unmapped(address);
        if (plain.isIPv4()) {
            return locateIpv4(plain.toIPv4().longValue());
        }
        byte[] bytes = plain.getBytes();
        return locateIpv6(GeoAddresses.high(bytes), GeoAddresses.low(bytes));
    }

    /** Looks up an IPv4 address given as its 32-bit value (0 … 2^32−1). */
    @Override
    public IpLocation locateIpv4(long address) {
        int index = Arrays.binarySearch(v4Start, address);
        if (index < 0) {
            index = -index - 2;
        }
        return index >= 0 && address <= v4End[index] ? v4Location[index] : IpLocation.UNKNOWN;
    }

    /** Looks up an IPv6 address given as its upper and lower 64 bits. */
    public IpLocation locateIpv6(long high, long low) {
        int lowIndex = 0;
        int highIndex = v6StartHigh.length - 1;
        int found = -1;
        while (lowIndex <= highIndex) {
            int middle = (lowIndex + highIndex) >>> 1;
            if (compare(v6StartHigh[middle], v6StartLow[middle], high, low) <= 0) {
                found = middle;
                lowIndex = middle + 1;
            } else {
                highIndex = middle - 1;
            }
        }
        return found >= 0 && compare(high, low, v6EndHigh[found], v6EndLow[found]) <= 0
                ? v6Location[found]
                : IpLocation.UNKNOWN;
    }

    static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int byHigh = Long.compareUnsigned(aHigh, bHigh);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(aLow, bLow);
    }

    private record Row(
            boolean v4, long startHigh, long startLow, long endHigh, long endLow, IpLocation location, long line) {}

    /** Reads rows, shares equal locations, then sorts and drops overlaps. */
    private static final class RowCollector {
        private final String name;
        private final List<Row> v4 = new ArrayList<>();
        private final List<Row> v6 = new ArrayList<>();
        private final Map<IpLocation, IpLocation> shared = new HashMap<>();
        private int unreadable;
        private long firstUnreadableLine;

        RowCollector(String name) {
            this.name = name;
        }

        void add(NamedCsvRecord record) {
            long line = record.getStartingLineNumber();
            IPAddress start = GeoAddresses.parse(record.findField("ip_start").orElse(null));
            IPAddress end = GeoAddresses.parse(record.findField("ip_end").orElse(null));
            IpLocation location;
            try {
                location = new IpLocation(
                        record.findField("country_code")
                                .map(cc -> cc.strip().toUpperCase(Locale.ROOT))
                                .orElse(null),
                        record.findField("region").orElse(null),
                        record.findField("city").orElse(null),
                        asn(record.findField("asn").orElse(null)),
                        record.findField("as_name").orElse(null));
            } catch (IllegalArgumentException e) {
                location = null;
            }
            if (start == null || end == null || start.isIPv4() != end.isIPv4() || location == null) {
                unreadable(line);
                return;
            }
            shared.putIfAbsent(location, location);
            location = shared.get(location);
            if (start.isIPv4()) {
                long from = start.toIPv4().longValue();
                long to = end.toIPv4().longValue();
                if (from > to) {
                    unreadable(line);
                    return;
                }
                v4.add(new Row(true, 0, from, 0, to, location, line));
            } else {
                byte[] from = start.getBytes();
                byte[] to = end.getBytes();
                Row row = new Row(
                        false,
                        GeoAddresses.high(from),
                        GeoAddresses.low(from),
                        GeoAddresses.high(to),
                        GeoAddresses.low(to),
                        location,
                        line);
                if (compare(row.startHigh(), row.startLow(), row.endHigh(), row.endLow()) > 0) {
                    unreadable(line);
                    return;
                }
                v6.add(row);
            }
        }

        private void unreadable(long line) {
            if (unreadable++ == 0) {
                firstUnreadableLine = line;
            }
        }

        RangeTableLocator build(Consumer<String> warnings) {
            if (unreadable > 0) {
                warnings.accept("geo ranges table " + name + ": " + unreadable
                        + " unreadable row(s) left out (first at line " + firstUnreadableLine + ")");
            }
            Comparator<Row> byStart = (a, b) -> compare(a.startHigh(), a.startLow(), b.startHigh(), b.startLow());
            List<Row> sorted4 = withoutOverlaps(v4, byStart);
            List<Row> sorted6 = withoutOverlaps(v6, byStart);
            int overlapping = v4.size() - sorted4.size() + v6.size() - sorted6.size();
            if (overlapping > 0) {
                warnings.accept("geo ranges table " + name + ": " + overlapping
                        + " row(s) overlapping an earlier range left out");
            }
            return new RangeTableLocator("geo ranges table " + name, sorted4, sorted6);
        }

        private static List<Row> withoutOverlaps(List<Row> rows, Comparator<Row> byStart) {
            List<Row> sorted = new ArrayList<>(rows);
            sorted.sort(byStart.thenComparingLong(Row::line));
            List<Row> kept = new ArrayList<>(sorted.size());
            for (Row row : sorted) {
                Row last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (last != null && compare(row.startHigh(), row.startLow(), last.endHigh(), last.endLow()) <= 0) {
                    continue;
                }
                kept.add(row);
            }
            return kept;
        }

        private static @Nullable Long asn(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String digits = text.strip().toUpperCase(Locale.ROOT);
            digits = digits.startsWith("AS") ? digits.substring(2) : digits;
            try {
                return Long.valueOf(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad asn " + text, e);
            }
        }
    }
}
