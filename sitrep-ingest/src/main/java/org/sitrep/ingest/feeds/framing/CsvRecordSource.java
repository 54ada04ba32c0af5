package org.sitrep.ingest.feeds.framing;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.ReadAheadSource;

/**
 * Frames a publisher's CSV feed into records whose cells are keyed by header name. FastCSV reads the whole input
 * in one streaming pass ({@link JoinedRowHandler}): a quoted field may span lines, every record carries the line
 * it starts on, and the header may sit in a {@code #} comment (as abuse.ch writes it) or be the feed's default.
 * Tolerates ThreatFox's {@code ", "} separators and, when the feed says so, Shadowserver's backslash-escaped quotes
 * ({@link BackslashQuotes}). A row FastCSV cannot read (text after a closing quote, a quote never closed, a cell
 * past the size limit) or with more cells than the header becomes a framing error, and reading goes on with the
 * next row.
 */
public final class CsvRecordSource extends ReadAheadSource {

    private static final CsvReader.CsvReaderBuilder CELLS =
            CsvReader.builder().trimWhitespacesAroundQuotes(true).skipEmptyLines(false);

    /** How much of a row that is not one record is kept with its framing error. */
    private static final int PREVIEW_CHARS = 200;

    private final LineKeeper lines;
    private final CsvFraming framing;
    private CsvReader<JoinedRowHandler.Row> reader;
    private Iterator<JoinedRowHandler.Row> rows;
    /** The lines before the current FastCSV reader's first: a reader started after a broken row counts from 1. */
    private long lineOffset;

    private boolean ended;
    private @Nullable List<String> header;

    public CsvRecordSource(Reader input, CsvFraming framing) {
        this.lines = new LineKeeper(ByteOrderMark.skip(input));
        this.framing = framing;
        this.reader = reader();
        this.rows = reader.iterator();
    }

    private CsvReader<JoinedRowHandler.Row> reader() {
        return CsvReader.builder()
                .trimWhitespacesAroundQuotes(true)
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .commentStrategy(framing.hashComments() ? CommentStrategy.READ : CommentStrategy.NONE)
                .skipEmptyLines(true)
                .build(new JoinedRowHandler(false), framing.backslashQuotes() ? new BackslashQuotes(lines) : lines);
    }

    /**
     * FastCSV cannot go on after a row it could not read, so a new reader starts on the line after it; a quote
     * left open at the end of the input ends the input.
     */
    private void restartAfter(long line, boolean atEnd) {
        if (atEnd) {
            ended = true;
            return;
        }
        lines.restartAfter(line);
        lineOffset = line;
        reader = reader();
        rows = reader.iterator();
    }

    @Override
    protected @Nullable RawRecord read() {
        while (true) {
            JoinedRowHandler.Row row;
            try {
                if (ended || !rows.hasNext()) {
                    return null;
                }
                row = rows.next();
            } catch (CsvParseException e) {
                long named = lineOf(e);
                long line = lineOffset + Math.max(1, named);
                String message = String.valueOf(e.getMessage());
                boolean unclosed = message.startsWith("Unclosed quoted field");
                RawRecord broken = RawRecord.unframed(
                        line,
                        lines.lines(line, line, PREVIEW_CHARS),
                        unclosed ? "quoted field not closed" : "unreadable CSV row: " + relative(message, line));
                // a quote open to the end, or a message that names no line, leaves no place to go on from
                restartAfter(line, unclosed || named == 0);
                return broken;
            }
            RawRecord record = row.isComment() ? comment(row) : frame(row.withLineOffset(lineOffset));
            if (record != null) {
                return record;
            }
        }
    }

    /** FastCSV's message with the line it names (counted by the current reader) made the line in the file. */
    private static String relative(String message, long line) {
        int at = message.lastIndexOf("line ");
        return at < 0 ? message : message.substring(0, at) + "line " + line + ")";
    }

    /** The line FastCSV names in its message ("record starting at line N"), or 0. */
    private static long lineOf(CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.lastIndexOf("line ");
        if (at < 0) {
            return 0;
        }
        int digits = at + 5;
        int stop = digits;
        while (stop < message.length() && Character.isDigit(message.charAt(stop))) {
            stop++;
        }
        return stop == digits ? 0 : Long.parseLong(message, digits, stop, 10);
    }

    private @Nullable RawRecord comment(JoinedRowHandler.Row row) {
        if (header == null) {
            List<String> cells = headerCells(row.text().strip());
            if (cells != null && framing.isHeader().test(cells)) {
                header = cells;
            }
        }
        return null;
    }

    private @Nullable RawRecord frame(JoinedRowHandler.Row row) {
        String text = lines.lines(row.line(), row.line() + lineBreaks(row.text()), Integer.MAX_VALUE);
        if (row.cells() == 1 && row.text().isBlank()) {
            return null;
        }
        List<String> cells = new ArrayList<>(row.cells());
        for (int i = 0; i < row.cells(); i++) {
            cells.add(row.cell(i));
        }
        if (header == null) {
            List<String> names = normalize(cells);
            if (framing.isHeader().test(names)) {
                header = names;
                return null;
            }
            if (framing.defaultHeader().isEmpty()) {
                return RawRecord.unframed(row.line(), text, "no header row before the first data row");
            }
            header = framing.defaultHeader();
        }
        if (cells.size() > header.size()) {
            return RawRecord.unframed(
                    row.line(), text, "row has " + cells.size() + " cells, the header " + header.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            fields.put(header.get(i), cells.get(i));
        }
        return new RawRecord(row.line(), text, fields);
    }

    /** The line breaks inside the row's quoted cells: the row spans that many lines more than one. */
    private static int lineBreaks(String cells) {
        int breaks = 0;
        for (int i = 0; i < cells.length(); i++) {
            char c = cells.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == cells.length() || cells.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private static @Nullable List<String> headerCells(String text) {
        try {
            return normalize(CELLS.ofSingleCsvRecord(text).getFields());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> normalize(List<String> cells) {
        List<String> names = new ArrayList<>(cells.size());
        for (String cell : cells) {
            names.add(cell.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
