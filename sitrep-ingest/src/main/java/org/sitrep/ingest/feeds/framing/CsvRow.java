package org.sitrep.ingest.feeds.framing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One CSV row's cells by column name: an unmodifiable map over the row's text and its cells' bounds in it, with
 * the file's {@link CsvHeader}. A cell's string is cut from the text only when asked for, so that a parser reading
 * a few columns by position ({@link #cell(int)}) pays neither for a map per row nor for the cells it skips.
 */
public final class CsvRow extends AbstractMap<String, String> {

    private final CsvHeader header;
    private final String text;
    /** Cell {@code i} is {@code text[bounds[2i], bounds[2i+1])}. */
    private final int[] bounds;

    CsvRow(CsvHeader header, String text, int[] bounds) {
        this.header = header;
        this.text = text;
        this.bounds = bounds;
    }

    /** The header the row was read with; the same instance for every row of a file. */
    public CsvHeader header() {
        return header;
    }

    /** The cell of the column (0-based), {@code ""} when empty. */
    public String cell(int column) {
        int start = bounds[2 * column];
        int end = bounds[2 * column + 1];
        return start == end ? "" : text.substring(start, end);
    }

    /** Whether the cell of the column is empty. */
    public boolean isCellEmpty(int column) {
        return bounds[2 * column] == bounds[2 * column + 1];
    }

    @Override
    public @Nullable String get(Object key) {
        int column = header.column(key);
        return column < 0 ? null : cell(column);
    }

    @Override
    public boolean containsKey(Object key) {
        return header.column(key) >= 0;
    }

    @Override
    public int size() {
        return header.names().size();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                Iterator<String> names = header.names().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        String name = names.next();
                        return Map.entry(name, cell(header.column(name)));
                    }
                };
            }

            @Override
            public int size() {
                return CsvRow.this.size();
            }
        };
    }
}
