package org.sitrep.ingest.feeds.intelmq.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.framing.CsvHeader;
import org.sitrep.ingest.feeds.framing.CsvRow;
import org.sitrep.ingest.feeds.framing.NamedCsvRecordSource;
import org.sitrep.ingest.feeds.intelmq.Harmonization;
import org.sitrep.ingest.feeds.intelmq.IntelMqEventMapper;
import org.sitrep.ingest.feeds.intelmq.IntelMqFields;

/**
 * Parses one CSV row (cells by dotted column name) into an IntelMQ event. Rows of {@link NamedCsvRecordSource} are
 * read by column position, with the columns of each mapped field worked out once per header.
 */
final class IntelMqCsvParser implements RecordParser {

    private static final String EXTRA_PREFIX = "extra.";

    private final IntelMqEventMapper mapper = new IntelMqEventMapper();
    private @Nullable Columns columns;

    @Override
    public ParseOutcome parse(RawRecord record) {
        if (!(record.fields() instanceof CsvRow row)) {
            return mapper.map(record.fields(), record.text());
        }
        if (columns == null || columns.header() != row.header()) {
            columns = Columns.of(row.header());
        }
        return mapper.map(columns.values(row), columns.extra(row), record.text());
    }

    /**
     * Where a header keeps each field: the column of every mapped field (−1 when absent), the columns of the
     * {@code extra.*} fields and of the harmonization fields kept in extra, with their keys.
     */
    private record Columns(CsvHeader header, int[] ofField, int[] extraColumns, String[] extraKeys) {

        static Columns of(CsvHeader header) {
            int[] ofField = new int[IntelMqFields.COUNT];
            for (int i = 0; i < ofField.length; i++) {
                ofField[i] = header.column(IntelMqFields.name(i));
            }
            List<String> keys = new ArrayList<>();
            for (String name : header.names()) {
                if (name.startsWith(EXTRA_PREFIX) || Harmonization.keptInExtra(name)) {
                    keys.add(name);
                }
            }
            int[] extraColumns = new int[keys.size()];
            String[] extraKeys = new String[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                String name = keys.get(i);
                extraColumns[i] = header.column(name);
                extraKeys[i] = name.startsWith(EXTRA_PREFIX) ? name.substring(EXTRA_PREFIX.length()) : name;
            }
            return new Columns(header, ofField, extraColumns, extraKeys);
        }

        /** The mapped fields' cells; an empty cell is {@code null}, as an absent column. */
        Object[] values(CsvRow row) {
            Object[] values = new Object[ofField.length];
            for (int i = 0; i < ofField.length; i++) {
                int column = ofField[i];
                if (column >= 0 && !row.isCellEmpty(column)) {
                    values[i] = row.cell(column);
                }
            }
            return values;
        }

        Map<String, Object> extra(CsvRow row) {
            Map<String, Object> extra = null;
            for (int i = 0; i < extraColumns.length; i++) {
                if (!row.isCellEmpty(extraColumns[i])) {
                    if (extra == null) {
                        extra = new LinkedHashMap<>();
                    }
                    extra.put(extraKeys[i], row.cell(extraColumns[i]));
                }
            }
            return extra == null ? Map.of() : extra;
        }
    }
}
