package org.sitrep.ingest.feeds.framing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/**
 * The rows of a CSV file with a header row, by column name (FastCSV: quoted fields may hold commas, quotes and
 * line breaks). A row whose cell count differs from the header's is passed on with {@link #FRAMING_ERROR} set, for
 * the parser to reject. The native
 * IntelMQ CSV reads with it: one streaming FastCSV pass, the record text the row's cells joined by commas. Feeds
 * with comments, header sniffing or a default header use {@link CsvRecordSource}.
 */
public final class NamedCsvRecordSource implements RecordSource {

    /** Key of a raw record's fields that says why the row is not one record, instead of its cells. */
    public static final String FRAMING_ERROR = FramingError.FIELD;

    private final CsvReader<NamedCsvRecord> reader;
    private final Iterator<NamedCsvRecord> rows;

    public NamedCsvRecordSource(Reader input) {
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofNamedCsvRecord(input);
        this.rows = reader.iterator();
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public RawRecord next() {
        NamedCsvRecord row = rows.next();
        List<String> header = row.getHeader();
        String text = String.join(",", row.getFields());
        if (row.getFieldCount() != header.size()) {
            String error = "row has " + row.getFieldCount() + " cells, the header " + header.size();
            return new RawRecord(row.getStartingLineNumber(), text, Map.of(FRAMING_ERROR, error));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i).strip(), row.getField(i));
        }
        return new RawRecord(row.getStartingLineNumber(), text, cells);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
