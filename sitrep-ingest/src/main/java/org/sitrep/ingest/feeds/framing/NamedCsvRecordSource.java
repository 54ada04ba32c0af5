package org.sitrep.ingest.feeds.framing;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.Objects;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/**
 * The rows of a CSV file with a header row, by column name (FastCSV: quoted fields may hold commas, quotes and
 * line breaks). A row whose cell count differs from the header's is passed on as a framing error, for
 * the parser to reject. The native IntelMQ CSV reads with it: one streaming FastCSV pass, the fields a
 * {@link CsvRow} over the row's cells joined by commas (a parser may read its cells by position), the record text
 * the row as written, or written again as RFC 4180 CSV when a cell holds a comma, quote or line break.
 * Feeds with comments, header sniffing or a default header use {@link CsvRecordSource}.
 */
public final class NamedCsvRecordSource implements RecordSource {

    private final CsvReader<JoinedRowHandler.Row> reader;
    private final Iterator<JoinedRowHandler.Row> rows;

    public NamedCsvRecordSource(Reader input) {
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .build(new JoinedRowHandler(), input);
        this.rows = reader.iterator();
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public RawRecord next() {
        JoinedRowHandler.Row row = rows.next();
        CsvHeader header = Objects.requireNonNull(row.header(), "a named CSV row carries its header");
        if (row.cells() != header.columns()) {
            String error = "row has " + row.cells() + " cells, the header " + header.columns();
            return RawRecord.unframed(row.line(), row.raw(), error);
        }
        return new RawRecord(row.line(), row.raw(), new CsvRow(header, row.text(), row.bounds()));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
