package org.sitrep.ingest.feeds.framing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects FastCSV's cells of a row into one text, the cells joined by commas, with each cell's bounds in it: one
 * string per row instead of one per cell. Its first data row is the header (returned as {@code null}, checked for
 * duplicate names). The limits and their messages are FastCSV's defaults, as its own handlers apply them.
 */
final class JoinedRowHandler extends AbstractBaseCsvCallbackHandler<JoinedRowHandler.Row> {

    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    private static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

    /** A data row: its text, the bounds of its cells in it and the header it was read under. */
    record Row(long line, String text, int[] bounds, int cells, CsvHeader header) {}

    private char[] text = new char[1024];
    private int length;
    private int[] bounds = new int[64];
    private int recordSize;
    private CsvHeader header;

    @Override
    protected void handleBegin(long startingLineNumber) {
        length = 0;
        recordSize = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int count, boolean quoted) {
        if (count > MAX_FIELD_SIZE) {
            throw new CsvParseException(
                    "Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                            .formatted(index, getStartingLineNumber(), MAX_FIELD_SIZE));
        }
        if (recordSize + count > MAX_RECORD_SIZE) {
            throw new CsvParseException(
                    "Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                            .formatted(index, getStartingLineNumber(), MAX_RECORD_SIZE));
        }
        if (index >= MAX_FIELDS) {
            throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                    .formatted(getStartingLineNumber(), MAX_FIELDS));
        }
        recordSize += count;
        int separator = index == 0 ? 0 : 1;
        ensureText(length + separator + count);
        if (separator == 1) {
            text[length++] = ',';
        }
        System.arraycopy(buffer, offset, text, length, count);
        if (2 * index + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, Math.max(2 * index + 2, 2 * bounds.length));
        }
        bounds[2 * index] = length;
        length += count;
        bounds[2 * index + 1] = length;
    }

    private void ensureText(int capacity) {
        if (capacity > text.length) {
            text = Arrays.copyOf(text, Math.max(capacity, 2 * text.length));
        }
    }

    @Override
    protected Row buildRecord() {
        if (getRecordType() != RecordType.DATA) {
            return null;
        }
        int cells = getFieldCount();
        String joined = new String(text, 0, length);
        if (header == null) {
            String[] names = new String[cells];
            for (int i = 0; i < cells; i++) {
                names[i] = joined.substring(bounds[2 * i], bounds[2 * i + 1]);
            }
            checkForDuplicates(names);
            header = new CsvHeader(names);
            return null;
        }
        return new Row(getStartingLineNumber(), joined, Arrays.copyOf(bounds, 2 * cells), cells, header);
    }

    /** FastCSV's own check of a header row, with its message. */
    private static void checkForDuplicates(String[] names) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                duplicates.add(name);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new CsvParseException("Header contains duplicate fields: " + duplicates);
        }
    }
}
