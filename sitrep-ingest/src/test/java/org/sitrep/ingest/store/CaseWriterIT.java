package org.sitrep.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.cases.Case;
import org.sitrep.core.cases.CaseStatus;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Channel;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;
import org.sitrep.core.cases.Partner;
import org.sitrep.core.cases.PartnerKind;

class CaseWriterIT extends FreshStore {

    private static final Instant REPORTED = Instant.parse("2026-11-23T03:00:00Z");

    private static Case phishing(CaseStatus status, Instant closedAt, List<Partner> partners) {
        return new Case(
                "CASE-1",
                "仿冒银行网站",
                CaseType.PHISHING,
                "NA",
                Grade.GENERAL,
                REPORTED,
                "Example Bank",
                "CN",
                Channel.COMPLAINT,
                List.of("http://login-bank.example.com/"),
                List.of("CN"),
                partners,
                InfrastructureScope.NONE,
                status,
                closedAt,
                "bank");
    }

    private String row(String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            StringBuilder result = new StringBuilder();
            while (rows.next()) {
                result.append(rows.getString(1)).append(';');
            }
            return result.toString();
        }
    }

    @Test
    void aLaterVersionReplacesTheCaseAndItsPartners() throws SQLException {
        CaseWriter writer = new CaseWriter(store.connection(), "CN");
        Partner operator = new Partner("Example Telecom", PartnerKind.TELECOM_OPERATOR, "CN");
        Partner foreignCert = new Partner("Example CERT", PartnerKind.FOREIGN_CERT, "US");

        WriteCounts first = writer.write(List.of(phishing(CaseStatus.COORDINATING, null, List.of(operator))), 1L);
        WriteCounts second = writer.write(
                List.of(phishing(
                        CaseStatus.RESOLVED, Instant.parse("2026-11-25T10:00:00Z"), List.of(operator, foreignCert))),
                2L);

        assertThat(first).isEqualTo(new WriteCounts(1, 0, 0));
        assertThat(second).isEqualTo(new WriteCounts(0, 0, 1));
        assertThat(row("SELECT concat_ws('|', status, closed_at, cross_border, grade, targets, ingest_run) FROM cases"))
                .isEqualTo("resolved|2026-11-25 10:00:00|true|general|[\"http://login-bank.example.com/\"]|2;");
        assertThat(row("SELECT concat_ws('|', position, name, kind, country) FROM case_partners ORDER BY position"))
                .isEqualTo("0|Example Telecom|telecom-operator|CN;1|Example CERT|foreign-cert|US;");
    }

    @Test
    void theSameVersionAgainIsADuplicate() throws SQLException {
        Case coordinating = phishing(CaseStatus.COORDINATING, null, List.of());
        new CaseWriter(store.connection(), "CN").write(List.of(coordinating), 1L);

        WriteCounts again = new CaseWriter(store.connection(), "CN").write(List.of(coordinating), 2L);

        assertThat(again).isEqualTo(new WriteCounts(0, 1, 0));
        assertThat(row("SELECT concat_ws('|', cross_border, ingest_run) FROM cases"))
                .isEqualTo("false|1;");
    }
}
