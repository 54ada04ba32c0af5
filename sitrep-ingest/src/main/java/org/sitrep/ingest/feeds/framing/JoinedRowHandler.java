package org.sitrep.ingest.feeds.framing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects FastCSV's cells of a row into one text, the cells joined by commas, with each cell's bounds in it: one
 * string per row instead of one per cell. The row's {@code raw} text, kept for audit, is that text when no cell
 * holds a comma, quote or line break (then it is the row as written, but for quotes around plain cells); otherwise
 * the row written again as RFC 4180 CSV, so that it still reads back to the same cells. Its first data row is the header (returned as {@code null}, checked for
 * duplicate names). The limits and their messages are FastCSV's defaults, as its own handlers apply them.
 */
final class JoinedRowHandler extends AbstractBaseCsvCallbackHandler<JoinedRowHandler.Row> {

    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    private static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

    /**
     * A data row: its cells' text, their bounds in it, the text kept as raw and the header it was read under
     * ({@code null} when the handler leaves headers to its reader). A comment row, when FastCSV reads comments, has
     * the comment's text (after its {@code #}) and no cells.
     */
    record Row(
            long line,
            String text,
            int[] bounds,
            int cells,
            String raw,
            @Nullable CsvHeader header) {

        /** The same row as counted in a file of which this reader saw only the lines after {@code offset}. */
        Row withLineOffset(long offset) {
            return offset == 0 ? this : new Row(line + offset, text, bounds, cells, raw, header);
        }

        boolean isComment() {
            return cells < 0;
        }

        /** The cell (0-based). */
        String cell(int index) {
            return text.substring(bounds[2 * index], bounds[2 * index + 1]);
        }
    }

    private final boolean firstRowIsHeader;

    private char[] text = new char[1024];
    private int length;
    private int[] bounds = new int[64];
    private int recordSize;
    private boolean needsQuotes;
    private @Nullable CsvHeader header;
    private @Nullable String comment;

    /** A handler whose first data row is the header of the rows after it. */
    JoinedRowHandler() {
        this(true);
    }

    /** @param firstRowIsHeader whether the first data row is the header; otherwise every row is passed on */
    JoinedRowHandler(boolean firstRowIsHeader) {
        this.firstRowIsHeader = firstRowIsHeader;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        comment = null;
        length = 0;
        recordSize = 0;
        needsQuotes = false;
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
        if (quoted && !needsQuotes) {
            needsQuotes = needsQuotes(buffer, offset, count);
        }
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
    protected void handleComment(char[] buffer, int offset, int count) {
        comment = new String(buffer, offset, count);
    }

    @Override
    protected @Nullable Row buildRecord() {
        if (getRecordType() == RecordType.COMMENT && comment != null) {
            return new Row(getStartingLineNumber(), comment, new int[0], -1, comment, null);
        }
        if (getRecordType() != RecordType.DATA) {
            return null;
        }
        int cells = getFieldCount();
        String joined = new String(text, 0, length);
        if (firstRowIsHeader && header == null) {
            String[] names = new String[cells];
            for (int i = 0; i < cells; i++) {
                names[i] = joined.substring(bounds[2 * i], bounds[2 * i + 1]);
            }
            checkForDuplicates(names);
            header = new CsvHeader(names);
            return null;
        }
        int[] cellBounds = Arrays.copyOf(bounds, 2 * cells);
        // a comma inside a cell came quoted; a quote or line break may also stand in a cell that was not (a reader
        // that leaves headers to its caller keeps the file's own text, so it is not written again for it)
        boolean rewrite = firstRowIsHeader
                && (needsQuotes || joined.indexOf('"') >= 0 || joined.indexOf('\n') >= 0 || joined.indexOf('\r') >= 0);
        String raw = rewrite ? quoted(joined, cellBounds) : joined;
        return new Row(getStartingLineNumber(), joined, cellBounds, cells, raw, header);
    }

    private static boolean needsQuotes(char[] buffer, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The cells as one RFC 4180 row: a cell with a comma, quote or line break quoted, its quotes doubled. */
    private static String quoted(String joined, int[] bounds) {
        StringBuilder row = new StringBuilder(joined.length() + 16);
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) {
                row.append(',');
            }
            String cell = joined.substring(bounds[i], bounds[i + 1]);
            if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                row.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                row.append(cell);
            }
        }
        return row.toString();
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
