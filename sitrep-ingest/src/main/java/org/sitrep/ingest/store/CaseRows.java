package org.sitrep.ingest.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Case;
import org.sitrep.core.cases.CaseStatus;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Channel;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;
import org.sitrep.core.cases.Partner;
import org.sitrep.core.cases.PartnerKind;
import org.sitrep.core.store.UtcColumns;

/** Reads {@code cases} and {@code case_partners} rows back into records. */
final class CaseRows {
    private CaseRows() {}

    static Case read(ResultSet rows, List<Partner> partners) throws SQLException {
        return new Case(
                rows.getString("id"),
                rows.getString("title"),
                CaseType.fromId(rows.getString("type")).orElseThrow(),
                rows.getString("category"),
                Grade.parse(rows.getString("grade")).orElse(null),
                Objects.requireNonNull(instant(rows, "reported_at"), "reported_at"),
                rows.getString("reporter"),
                rows.getString("reporter_country"),
                Channel.fromId(rows.getString("channel")).orElse(null),
                Statements.fromJsonList(rows.getString("targets")),
                Statements.fromJsonList(rows.getString("target_countries")),
                partners,
                InfrastructureScope.fromId(rows.getString("infrastructure_scope"))
                        .orElse(InfrastructureScope.NONE),
                CaseStatus.fromId(rows.getString("status")).orElseThrow(),
                instant(rows, "closed_at"),
                rows.getString("sector"));
    }

    static Partner readPartner(ResultSet rows) throws SQLException {
        return new Partner(
                rows.getString("name"),
                PartnerKind.fromId(rows.getString("kind")).orElse(PartnerKind.OTHER),
                rows.getString("country"));
    }

    private static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : UtcColumns.instant(value);
    }
}
