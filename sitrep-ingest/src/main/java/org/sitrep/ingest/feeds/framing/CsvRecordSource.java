package org.sitrep.ingest.feeds.framing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/**
 * Frames a CSV feed into records whose cells are keyed by header name and whose text is the row exactly as in the
 * file. Rows are framed here (a quoted field may span lines) and each row's cells are split by FastCSV, so the raw
 * text survives for audit. Tolerates ThreatFox's {@code ", "} separators. A row that cannot be split, has more
 * cells than the header or grows past the size limit becomes a framing error.
 */
public final class CsvRecordSource implements RecordSource {

    static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;
    private static final int MAX_RECORD_LINES = 1000;

    private static final CsvReader.CsvReaderBuilder CELLS =
            CsvReader.builder().trimWhitespacesAroundQuotes(true).skipEmptyLines(false);

    private final BoundedLineReader lines;
    private final CsvFraming framing;
    private @Nullable List<String> header;
    private @Nullable RawRecord next;

    public CsvRecordSource(Reader input, CsvFraming framing) {
        this.lines = new BoundedLineReader(input, MAX_RECORD_CHARS);
        this.framing = framing;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            BoundedLineReader.Line line = lines.next();
            if (line == null) {
                return false;
            }
            next = frame(line);
        }
        return true;
    }

    private @Nullable RawRecord frame(BoundedLineReader.Line first) {
        String text = first.text();
        if (text.isBlank()) {
            return null;
        }
        if (framing.hashComments() && text.stripLeading().startsWith("#")) {
            if (header == null) {
                String body = text.stripLeading().substring(1).strip();
                List<String> cells = headerCells(body);
                if (cells != null && framing.isHeader().test(cells)) {
                    header = cells;
                }
            }
            return null;
        }
        StringBuilder row = new StringBuilder(text);
        boolean truncated = first.truncated();
        boolean inside = endsInsideQuotes(text, false);
        int extraLines = 0;
        while (!truncated && inside && extraLines < MAX_RECORD_LINES) {
            BoundedLineReader.Line more = lines.next();
            if (more == null) {
                break;
            }
            extraLines++;
            row.append('\n').append(more.text());
            inside = endsInsideQuotes(more.text(), true);
            truncated = more.truncated() || row.length() > MAX_RECORD_CHARS;
        }
        long number = first.number();
        if (truncated) {
            return FramingError.record(number, preview(row), "row longer than the size limit");
        }
        if (inside) {
            return FramingError.record(number, preview(row), "quoted field not closed");
        }
        String rowText = row.toString();
        List<String> cells;
        try {
            cells = split(rowText);
        } catch (RuntimeException e) {
            return FramingError.record(number, rowText, "unreadable CSV row: " + e.getMessage());
        }
        if (header == null) {
            List<String> names = normalize(cells);
            if (framing.isHeader().test(names)) {
                header = names;
                return null;
            }
            if (framing.defaultHeader().isEmpty()) {
                return FramingError.record(number, rowText, "no header row before the first data row");
            }
            header = framing.defaultHeader();
        }
        if (cells.size() > header.size()) {
            return FramingError.record(
                    number, rowText, "row has " + cells.size() + " cells, the header " + header.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            fields.put(header.get(i), cells.get(i));
        }
        return new RawRecord(number, rowText, fields);
    }

    private static @Nullable List<String> headerCells(String text) {
        try {
            return normalize(split(text));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> split(String text) {
        CsvRecord record = CELLS.ofSingleCsvRecord(text);
        return record.getFields();
    }

    private static List<String> normalize(List<String> cells) {
        List<String> names = new ArrayList<>(cells.size());
        for (String cell : cells) {
            names.add(cell.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * Whether the text ends inside a quoted field (RFC 4180 quoting; a quote inside an unquoted field is text),
     * given whether it starts inside one (a continuation line). Scans only the new line, so a long multi-line
     * field costs linear time.
     */
    static boolean endsInsideQuotes(CharSequence text, boolean startsInside) {
        boolean inQuotes = startsInside;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
            } else if (c == ',') {
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
            } else if (c != ' ' && c != '\t') {
                fieldStart = false;
            }
        }
        return inQuotes;
    }

    private static String preview(CharSequence row) {
        return row.subSequence(0, Math.min(200, row.length())).toString();
    }

    @Override
    public RawRecord next() {
        RawRecord record = hasNext() ? next : null;
        if (record == null) {
            throw new NoSuchElementException();
        }
        next = null;
        return record;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
