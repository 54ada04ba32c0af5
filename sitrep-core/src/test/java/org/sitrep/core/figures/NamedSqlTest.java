package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void replacesNamesWithPlaceholdersInOrder() {
        NamedSql sql = NamedSql.parse("SELECT x FROM t WHERE a >= :start AND a < :end AND c <> :home AND d = :start");
        assertThat(sql.jdbc()).isEqualTo("SELECT x FROM t WHERE a >= ? AND a < ? AND c <> ? AND d = ?");
        assertThat(sql.names()).containsExactly("start", "end", "home", "start");
    }

    @Test
    void leavesQuotedTextCommentsAndCastsAlone() {
        NamedSql sql = NamedSql.parse("-- uses :worms\nSELECT ':not', \"a:b\", x::VARCHAR FROM t WHERE y = :first_day");
        assertThat(sql.jdbc()).isEqualTo("-- uses :worms\nSELECT ':not', \"a:b\", x::VARCHAR FROM t WHERE y = ?");
        assertThat(sql.names()).containsExactly("first_day");
    }
}
