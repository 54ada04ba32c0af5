package org.sitrep.ingest.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The generated {@code geo.csv} read back independently of the generator, for lookups in tests. */
final class GeoTable {
    record Range(BigInteger start, BigInteger end, boolean v6, NamedCsvRecord row) {}

    private final List<Range> ranges = new ArrayList<>();

    static GeoTable read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    static GeoTable read(String csv) throws IOException {
        GeoTable table = new GeoTable();
        try (Reader reader = new StringReader(csv);
                CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord row : rows) {
                var start = new IPAddressString(row.getField("ip_start")).getAddress();
                var end = new IPAddressString(row.getField("ip_end")).getAddress();
                table.ranges.add(new Range(start.getValue(), end.getValue(), start.isIPv6(), row));
            }
        }
        table.ranges.sort(Comparator.comparing(Range::v6).thenComparing(Range::start));
        return table;
    }

    List<Range> ranges() {
        return ranges;
    }

    /** The row whose range holds the address. */
    Optional<NamedCsvRecord> lookup(String ip) {
        var address = new IPAddressString(ip).getAddress();
        if (address == null) {
            return Optional.empty();
        }
        BigInteger value = address.getValue();
        // Ranges are sorted by family, then start: find the last range starting at or before the address.
        int low = 0;
        int high = ranges.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Range range = ranges.get(middle);
            int order = range.v6() != address.isIPv6()
                    ? (range.v6() ? 1 : -1)
                    : range.start().compareTo(value);
            if (order <= 0) {
                found = range.v6() == address.isIPv6() ? middle : found;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (found < 0 || ranges.get(found).end().compareTo(value) < 0) {
            return Optional.empty();
        }
        return Optional.of(ranges.get(found).row());
    }
}
