package org.sitrep.ingest.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBConnection;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Event;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the {@code events} table gathered column by column in Arrow vectors and handed to DuckDB in one
 * {@code INSERT} (through the Arrow C data interface, without a copy on the way): DuckDB's per-row appender commits
 * every 2,048 rows and cost three times as much per row (docs/adr/005-event-writes.md). Columns are matched by name,
 * so their order here does not matter. Not thread-safe.
 */
final class EventColumns implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STREAM = "sitrep_event_batch";

    /** Sets a row's value from the event; a null value leaves the row NULL. */
    @FunctionalInterface
    private interface Setter {
        void set(int row, Event event);
    }

    /** One column: its vector and how a row's value is set. */
    private record Column(FieldVector vector, Setter setter, Utf8Column text) {
        Column(FieldVector vector, Setter setter) {
            this(vector, setter, null);
        }
    }

    private final BufferAllocator allocator;
    private final List<Column> columns;
    private final VectorSchemaRoot root;
    private int rows;
    private long textBytes;
    private long runId;

    EventColumns(BufferAllocator allocator) {
        this.allocator = allocator;
        this.columns = columns(allocator);
        this.root = new VectorSchemaRoot(columns.stream().map(Column::vector).toList());
    }

    /** Adds an event that went through derivation, as a row of ingest run {@code runId}. */
    void add(Event event, long runId) {
        if (rows == 0) {
            for (Column column : columns) {
                if (column.text() == null) {
                    column.vector().allocateNew();
                }
            }
        }
        this.runId = runId;
        for (Column column : columns) {
            column.setter().set(rows, event);
        }
        rows++;
    }

    int size() {
        return rows;
    }

    /** The bytes of text gathered, which bound the columns' memory with the row count. */
    long textBytes() {
        return textBytes;
    }

    /** Inserts the rows gathered so far into {@code events} and frees their memory; returns how many. */
    int insert(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        int inserted = rows;
        for (Column column : columns) {
            if (column.text() != null) {
                column.text().seal();
            }
        }
        root.setRowCount(rows);
        try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, new OneBatch(allocator, root), stream);
            connection.unwrap(DuckDBConnection.class).registerArrowStream(STREAM, stream);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(Store.SQL.get("insert-event-batch"));
            }
        } finally {
            rows = 0;
            textBytes = 0;
            clear();
        }
        return inserted;
    }

    private void clear() {
        for (Column column : columns) {
            if (column.text() != null) {
                column.text().clear();
            }
        }
        root.clear();
    }

    @Override
    public void close() {
        clear();
        root.close();
    }

    private List<Column> columns(BufferAllocator allocator) {
        return List.of(
                bigint(allocator, "dedup_key", event -> event.derived().dedupKey()),
                timestamp(allocator, "time_source", Event::timeSource),
                timestamp(allocator, "time_observation", Event::timeObservation),
                text(allocator, "feed_name", event -> event.feed().name()),
                text(allocator, "feed_provider", event -> event.feed().provider()),
                text(allocator, "feed_url", event -> event.feed().url()),
                real(allocator, "feed_accuracy", event -> event.feed().accuracy()),
                text(
                        allocator,
                        "classification_taxonomy",
                        event -> event.classification().taxonomy()),
                text(
                        allocator,
                        "classification_type",
                        event -> event.classification().type()),
                text(
                        allocator,
                        "classification_identifier",
                        event -> event.classification().identifier()),
                text(allocator, "source_ip", event -> event.source().ip()),
                integer(allocator, "source_port", event -> event.source().port()),
                text(allocator, "source_fqdn", event -> event.source().fqdn()),
                text(allocator, "source_url", event -> event.source().url()),
                bigint(allocator, "source_asn", event -> event.source().asn()),
                text(allocator, "source_as_name", event -> event.source().asName()),
                text(allocator, "source_network", event -> event.source().network()),
                text(allocator, "source_geolocation_cc", event -> event.source().cc()),
                text(
                        allocator,
                        "source_geolocation_region",
                        event -> event.source().region()),
                text(
                        allocator,
                        "source_geolocation_city",
                        event -> event.source().city()),
                text(allocator, "destination_ip", event -> event.destination().ip()),
                integer(
                        allocator,
                        "destination_port",
                        event -> event.destination().port()),
                text(allocator, "destination_fqdn", event -> event.destination().fqdn()),
                text(allocator, "destination_url", event -> event.destination().url()),
                bigint(
                        allocator,
                        "destination_asn",
                        event -> event.destination().asn()),
                text(
                        allocator,
                        "destination_as_name",
                        event -> event.destination().asName()),
                text(
                        allocator,
                        "destination_network",
                        event -> event.destination().network()),
                text(
                        allocator,
                        "destination_geolocation_cc",
                        event -> event.destination().cc()),
                text(
                        allocator,
                        "destination_geolocation_region",
                        event -> event.destination().region()),
                text(
                        allocator,
                        "destination_geolocation_city",
                        event -> event.destination().city()),
                text(allocator, "malware_name", Event::malwareName),
                text(allocator, "malware_hash_sha256", Event::malwareHashSha256),
                text(allocator, "event_description_target", Event::eventDescriptionTarget),
                text(
                        allocator,
                        "tlp",
                        event -> event.tlp() == null ? null : event.tlp().label()),
                text(allocator, "extra", EventColumns::extra),
                text(allocator, "raw", Event::raw),
                text(allocator, "kind", event -> kind(event.derived())),
                text(allocator, "site", event -> event.derived().site()),
                text(allocator, "registered_domain", event -> event.derived().registeredDomain()),
                text(allocator, "tld", event -> event.derived().tld()),
                bool(allocator, "domestic", event -> event.derived().domestic()),
                bool(allocator, "government", event -> event.derived().government()),
                text(allocator, "registrar_cc", event -> event.derived().registrarCountry()),
                bool(allocator, "ip_literal", event -> event.derived().ipLiteral()),
                bool(allocator, "target_domestic", event -> event.derived().targetDomestic()),
                text(allocator, "target_sector", event -> event.derived().targetSector()),
                bigint(allocator, "ingest_run", event -> runId));
    }

    private static String extra(Event event) {
        return event.extra().isEmpty() ? null : JSON.writeValueAsString(event.extra());
    }

    private static String kind(Derived derived) {
        return derived.kind() == null ? null : derived.kind().id();
    }

    private Column text(BufferAllocator allocator, String name, Function<Event, String> value) {
        Utf8Column text = new Utf8Column(name, allocator);
        return new Column(text.vector(), (row, event) -> textBytes += text.append(row, value.apply(event)), text);
    }

    private static Column bigint(BufferAllocator allocator, String name, Function<Event, Long> value) {
        BigIntVector vector = new BigIntVector(name, allocator);
        return new Column(vector, (row, event) -> {
            Long number = value.apply(event);
            if (number != null) {
                vector.setSafe(row, number);
            }
        });
    }

    private static Column integer(BufferAllocator allocator, String name, Function<Event, Integer> value) {
        IntVector vector = new IntVector(name, allocator);
        return new Column(vector, (row, event) -> {
            Integer number = value.apply(event);
            if (number != null) {
                vector.setSafe(row, number);
            }
        });
    }

    private static Column real(BufferAllocator allocator, String name, Function<Event, Double> value) {
        Float8Vector vector = new Float8Vector(name, allocator);
        return new Column(vector, (row, event) -> {
            Double number = value.apply(event);
            if (number != null) {
                vector.setSafe(row, number);
            }
        });
    }

    private static Column bool(BufferAllocator allocator, String name, Function<Event, Boolean> value) {
        BitVector vector = new BitVector(name, allocator);
        return new Column(vector, (row, event) -> {
            Boolean flag = value.apply(event);
            if (flag != null) {
                vector.setSafe(row, flag ? 1 : 0);
            }
        });
    }

    /** A TIMESTAMP column holding UTC, in microseconds as DuckDB keeps it. */
    private static Column timestamp(BufferAllocator allocator, String name, Function<Event, Instant> value) {
        TimeStampMicroVector vector = new TimeStampMicroVector(name, allocator);
        return new Column(vector, (row, event) -> {
            Instant instant = value.apply(event);
            if (instant != null) {
                vector.setSafe(
                        row,
                        Math.addExact(
                                Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000));
            }
        });
    }

    /**
     * Hands the gathered vectors to the C stream as its only batch: their buffers move to the reader's root, so
     * DuckDB reads them where they are and releases them when done.
     */
    private static final class OneBatch extends ArrowReader {
        private final VectorSchemaRoot source;
        private boolean done;

        OneBatch(BufferAllocator allocator, VectorSchemaRoot source) {
            super(allocator);
            this.source = source;
        }

        @Override
        public boolean loadNextBatch() throws IOException {
            if (done) {
                return false;
            }
            done = true;
            VectorSchemaRoot batch = getVectorSchemaRoot();
            for (int i = 0; i < source.getFieldVectors().size(); i++) {
                source.getVector(i).makeTransferPair(batch.getVector(i)).transfer();
            }
            batch.setRowCount(source.getRowCount());
            return true;
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        protected void closeReadSource() {}

        @Override
        protected Schema readSchema() throws IOException {
            return source.getSchema();
        }
    }
}
