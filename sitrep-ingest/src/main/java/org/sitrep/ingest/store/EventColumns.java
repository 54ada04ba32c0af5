package org.sitrep.ingest.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
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
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;

/**
 * Rows of the {@code events} table gathered column by column in Arrow vectors and handed to DuckDB in one
 * {@code INSERT} (through the Arrow C data interface, without a copy on the way): DuckDB's per-row appender commits
 * every 2,048 rows and cost three times as much per row (docs/adr/005-event-writes.md). Columns are matched by name,
 * so their order here does not matter; one field per column and one plain method setting them all keeps the
 * per-row work free of indirect calls. Not thread-safe.
 */
final class EventColumns implements AutoCloseable {

    private static final String STREAM = "sitrep_event_batch";

    private final BigIntVector dedupKey;
    private final TimeStampMicroVector timeSource;
    private final TimeStampMicroVector timeObservation;
    private final Utf8Column feedName;
    private final Utf8Column feedProvider;
    private final Utf8Column feedUrl;
    private final Float8Vector feedAccuracy;
    private final Utf8Column classificationTaxonomy;
    private final Utf8Column classificationType;
    private final Utf8Column classificationIdentifier;
    private final Utf8Column sourceIp;
    private final IntVector sourcePort;
    private final Utf8Column sourceFqdn;
    private final Utf8Column sourceUrl;
    private final BigIntVector sourceAsn;
    private final Utf8Column sourceAsName;
    private final Utf8Column sourceNetwork;
    private final Utf8Column sourceGeolocationCc;
    private final Utf8Column sourceGeolocationRegion;
    private final Utf8Column sourceGeolocationCity;
    private final Utf8Column destinationIp;
    private final IntVector destinationPort;
    private final Utf8Column destinationFqdn;
    private final Utf8Column destinationUrl;
    private final BigIntVector destinationAsn;
    private final Utf8Column destinationAsName;
    private final Utf8Column destinationNetwork;
    private final Utf8Column destinationGeolocationCc;
    private final Utf8Column destinationGeolocationRegion;
    private final Utf8Column destinationGeolocationCity;
    private final Utf8Column malwareName;
    private final Utf8Column malwareHashSha256;
    private final Utf8Column eventDescriptionTarget;
    private final Utf8Column tlp;
    private final Utf8Column extra;
    private final Utf8Column raw;
    private final Utf8Column kind;
    private final Utf8Column site;
    private final Utf8Column registeredDomain;
    private final Utf8Column tld;
    private final BitVector domestic;
    private final BitVector government;
    private final Utf8Column registrarCc;
    private final BitVector ipLiteral;
    private final BitVector targetDomestic;
    private final Utf8Column targetSector;
    private final BigIntVector ingestRun;

    private final BufferAllocator allocator;
    private final List<Utf8Column> texts;
    private final List<FieldVector> fixedWidth;
    private final VectorSchemaRoot root;
    private int rows;
    private long textBytes;

    EventColumns(BufferAllocator allocator) {
        this.allocator = allocator;
        dedupKey = new BigIntVector("dedup_key", allocator);
        timeSource = new TimeStampMicroVector("time_source", allocator);
        timeObservation = new TimeStampMicroVector("time_observation", allocator);
        feedName = new Utf8Column("feed_name", allocator);
        feedProvider = new Utf8Column("feed_provider", allocator);
        feedUrl = new Utf8Column("feed_url", allocator);
        feedAccuracy = new Float8Vector("feed_accuracy", allocator);
        classificationTaxonomy = new Utf8Column("classification_taxonomy", allocator);
        classificationType = new Utf8Column("classification_type", allocator);
        classificationIdentifier = new Utf8Column("classification_identifier", allocator);
        sourceIp = new Utf8Column("source_ip", allocator);
        sourcePort = new IntVector("source_port", allocator);
        sourceFqdn = new Utf8Column("source_fqdn", allocator);
        sourceUrl = new Utf8Column("source_url", allocator);
        sourceAsn = new BigIntVector("source_asn", allocator);
        sourceAsName = new Utf8Column("source_as_name", allocator);
        sourceNetwork = new Utf8Column("source_network", allocator);
        sourceGeolocationCc = new Utf8Column("source_geolocation_cc", allocator);
        sourceGeolocationRegion = new Utf8Column("source_geolocation_region", allocator);
        sourceGeolocationCity = new Utf8Column("source_geolocation_city", allocator);
        destinationIp = new Utf8Column("destination_ip", allocator);
        destinationPort = new IntVector("destination_port", allocator);
        destinationFqdn = new Utf8Column("destination_fqdn", allocator);
        destinationUrl = new Utf8Column("destination_url", allocator);
        destinationAsn = new BigIntVector("destination_asn", allocator);
        destinationAsName = new Utf8Column("destination_as_name", allocator);
        destinationNetwork = new Utf8Column("destination_network", allocator);
        destinationGeolocationCc = new Utf8Column("destination_geolocation_cc", allocator);
        destinationGeolocationRegion = new Utf8Column("destination_geolocation_region", allocator);
        destinationGeolocationCity = new Utf8Column("destination_geolocation_city", allocator);
        malwareName = new Utf8Column("malware_name", allocator);
        malwareHashSha256 = new Utf8Column("malware_hash_sha256", allocator);
        eventDescriptionTarget = new Utf8Column("event_description_target", allocator);
        tlp = new Utf8Column("tlp", allocator);
        extra = new Utf8Column("extra", allocator);
        raw = new Utf8Column("raw", allocator);
        kind = new Utf8Column("kind", allocator);
        site = new Utf8Column("site", allocator);
        registeredDomain = new Utf8Column("registered_domain", allocator);
        tld = new Utf8Column("tld", allocator);
        domestic = new BitVector("domestic", allocator);
        government = new BitVector("government", allocator);
        registrarCc = new Utf8Column("registrar_cc", allocator);
        ipLiteral = new BitVector("ip_literal", allocator);
        targetDomestic = new BitVector("target_domestic", allocator);
        targetSector = new Utf8Column("target_sector", allocator);
        ingestRun = new BigIntVector("ingest_run", allocator);
        texts = List.of(
                feedName,
                feedProvider,
                feedUrl,
                classificationTaxonomy,
                classificationType,
                classificationIdentifier,
                sourceIp,
                sourceFqdn,
                sourceUrl,
                sourceAsName,
                sourceNetwork,
                sourceGeolocationCc,
                sourceGeolocationRegion,
                sourceGeolocationCity,
                destinationIp,
                destinationFqdn,
                destinationUrl,
                destinationAsName,
                destinationNetwork,
                destinationGeolocationCc,
                destinationGeolocationRegion,
                destinationGeolocationCity,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                kind,
                site,
                registeredDomain,
                tld,
                registrarCc,
                targetSector);
        fixedWidth = List.of(
                dedupKey,
                timeSource,
                timeObservation,
                feedAccuracy,
                sourcePort,
                sourceAsn,
                destinationPort,
                destinationAsn,
                domestic,
                government,
                ipLiteral,
                targetDomestic,
                ingestRun);
        root = new VectorSchemaRoot(List.<FieldVector>of(
                dedupKey,
                timeSource,
                timeObservation,
                feedName.vector(),
                feedProvider.vector(),
                feedUrl.vector(),
                feedAccuracy,
                classificationTaxonomy.vector(),
                classificationType.vector(),
                classificationIdentifier.vector(),
                sourceIp.vector(),
                sourcePort,
                sourceFqdn.vector(),
                sourceUrl.vector(),
                sourceAsn,
                sourceAsName.vector(),
                sourceNetwork.vector(),
                sourceGeolocationCc.vector(),
                sourceGeolocationRegion.vector(),
                sourceGeolocationCity.vector(),
                destinationIp.vector(),
                destinationPort,
                destinationFqdn.vector(),
                destinationUrl.vector(),
                destinationAsn,
                destinationAsName.vector(),
                destinationNetwork.vector(),
                destinationGeolocationCc.vector(),
                destinationGeolocationRegion.vector(),
                destinationGeolocationCity.vector(),
                malwareName.vector(),
                malwareHashSha256.vector(),
                eventDescriptionTarget.vector(),
                tlp.vector(),
                extra.vector(),
                raw.vector(),
                kind.vector(),
                site.vector(),
                registeredDomain.vector(),
                tld.vector(),
                domestic,
                government,
                registrarCc.vector(),
                ipLiteral,
                targetDomestic,
                targetSector.vector(),
                ingestRun));
    }

    /** Adds an event that went through derivation, as a row of ingest run {@code runId}. */
    void add(Event event, long runId) {
        if (rows == 0) {
            fixedWidth.forEach(FieldVector::allocateNew);
        }
        Derived derived = event.derived();
        Endpoint source = event.source();
        Endpoint destination = event.destination();
        dedupKey.setSafe(rows, derived.dedupKey());
        micros(timeSource, rows, event.timeSource());
        micros(timeObservation, rows, event.timeObservation());
        textBytes += feedName.append(rows, event.feed().name());
        textBytes += feedProvider.append(rows, event.feed().provider());
        textBytes += feedUrl.append(rows, event.feed().url());
        real(feedAccuracy, rows, event.feed().accuracy());
        textBytes += classificationTaxonomy.append(rows, event.classification().taxonomy());
        textBytes += classificationType.append(rows, event.classification().type());
        textBytes +=
                classificationIdentifier.append(rows, event.classification().identifier());
        textBytes += sourceIp.append(rows, source.ip());
        integer(sourcePort, rows, source.port());
        textBytes += sourceFqdn.append(rows, source.fqdn());
        textBytes += sourceUrl.append(rows, source.url());
        bigint(sourceAsn, rows, source.asn());
        textBytes += sourceAsName.append(rows, source.asName());
        textBytes += sourceNetwork.append(rows, source.network());
        textBytes += sourceGeolocationCc.append(rows, source.cc());
        textBytes += sourceGeolocationRegion.append(rows, source.region());
        textBytes += sourceGeolocationCity.append(rows, source.city());
        textBytes += destinationIp.append(rows, destination.ip());
        integer(destinationPort, rows, destination.port());
        textBytes += destinationFqdn.append(rows, destination.fqdn());
        textBytes += destinationUrl.append(rows, destination.url());
        bigint(destinationAsn, rows, destination.asn());
        textBytes += destinationAsName.append(rows, destination.asName());
        textBytes += destinationNetwork.append(rows, destination.network());
        textBytes += destinationGeolocationCc.append(rows, destination.cc());
        textBytes += destinationGeolocationRegion.append(rows, destination.region());
        textBytes += destinationGeolocationCity.append(rows, destination.city());
        textBytes += malwareName.append(rows, event.malwareName());
        textBytes += malwareHashSha256.append(rows, event.malwareHashSha256());
        textBytes += eventDescriptionTarget.append(rows, event.eventDescriptionTarget());
        textBytes += tlp.append(rows, event.tlp() == null ? null : event.tlp().label());
        textBytes += extra.append(rows, extra(event));
        textBytes += raw.append(rows, event.raw());
        textBytes +=
                kind.append(rows, derived.kind() == null ? null : derived.kind().id());
        textBytes += site.append(rows, derived.site());
        textBytes += registeredDomain.append(rows, derived.registeredDomain());
        textBytes += tld.append(rows, derived.tld());
        bool(domestic, rows, derived.domestic());
        government.setSafe(rows, derived.government() ? 1 : 0);
        textBytes += registrarCc.append(rows, derived.registrarCountry());
        ipLiteral.setSafe(rows, derived.ipLiteral() ? 1 : 0);
        bool(targetDomestic, rows, derived.targetDomestic());
        textBytes += targetSector.append(rows, derived.targetSector());
        ingestRun.setSafe(rows, runId);
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
        texts.forEach(Utf8Column::seal);
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
        texts.forEach(Utf8Column::clear);
        root.clear();
    }

    @Override
    public void close() {
        clear();
        root.close();
    }

    private static @Nullable String extra(Event event) {
        return event.extra().isEmpty() ? null : Statements.JSON.writeValueAsString(event.extra());
    }

    private static void bigint(BigIntVector vector, int row, @Nullable Long value) {
        if (value != null) {
            vector.setSafe(row, value);
        }
    }

    private static void integer(IntVector vector, int row, @Nullable Integer value) {
        if (value != null) {
            vector.setSafe(row, value);
        }
    }

    private static void real(Float8Vector vector, int row, @Nullable Double value) {
        if (value != null) {
            vector.setSafe(row, value);
        }
    }

    private static void bool(BitVector vector, int row, @Nullable Boolean value) {
        if (value != null) {
            vector.setSafe(row, value ? 1 : 0);
        }
    }

    /** A TIMESTAMP column holding UTC, in microseconds as DuckDB keeps it. */
    private static void micros(TimeStampMicroVector vector, int row, @Nullable Instant value) {
        if (value != null) {
            vector.setSafe(
                    row,
                    Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000));
        }
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
