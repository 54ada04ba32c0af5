package org.sitrep.ingest.feeds.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of a CSV file's header row, shared by all of its rows: each name (stripped) with its column.
 * Where two columns strip to one name the later column's cell is the name's value, at the place of the first, as
 * a {@link java.util.LinkedHashMap} filled column by column would have it.
 */
public final class CsvHeader {

    private final int columns;
    private final List<String> names;
    private final Map<String, Integer> columnOf;

    CsvHeader(String[] cells) {
        this.columns = cells.length;
        List<String> distinct = new ArrayList<>(cells.length);
        Map<String, Integer> index = new HashMap<>(cells.length * 2);
        for (int column = 0; column < cells.length; column++) {
            String name = cells[column].strip();
            if (index.put(name, column) == null) {
                distinct.add(name);
            }
        }
        this.names = List.copyOf(distinct);
        this.columnOf = index;
    }

    /** The number of columns (cells of the header row). */
    public int columns() {
        return columns;
    }

    /** The distinct names, in the order they first appear. */
    public List<String> names() {
        return names;
    }

    /** The column holding the name's value, or −1 when the header has no such name. */
    public int column(Object name) {
        Integer column = columnOf.get(name);
        return column == null ? -1 : column;
    }
}
