package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The figure statements stay in the SQL DuckDB, PostgreSQL and Spark share: no DuckDB-only syntax we know of. */
class FigureSqlDialectTest {

    static final List<String> STATEMENTS = List.of(
            "series_infected_hosts",
            "series_sites",
            "series_phishing",
            "series_vulnerabilities",
            "series_records",
            "infected_provinces",
            "new_malware",
            "drop_site_domains",
            "drop_site_tlds",
            "drop_site_ips",
            "site_domain_kinds",
            "phishing_sectors",
            "vulnerability_objects",
            "vulnerability_top",
            "cases_handled",
            "cases_types",
            "cases_partner_kinds",
            "cases_phishing_sectors",
            "cases_mobile_platforms",
            "cases_mobile_targets",
            "incidents",
            "has_data");

    /** DuckDB-only (or not shared by all three) constructs. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("::"), // cast shorthand (PostgreSQL has it, Spark does not)
            Pattern.compile("\\bilike\\b"),
            Pattern.compile("\\bqualify\\b"),
            Pattern.compile("\\bcount_if\\b"),
            Pattern.compile("\\bfilter\\s*\\(\\s*where"),
            Pattern.compile("\\blist_\\w+\\s*\\("),
            Pattern.compile("\\bstruct_\\w+\\s*\\("),
            Pattern.compile("\\bstrftime\\s*\\("),
            Pattern.compile("\\bepoch\\w*\\s*\\("),
            Pattern.compile("\\bregexp_\\w+\\s*\\("),
            Pattern.compile("\\bapprox_\\w+\\s*\\("),
            Pattern.compile("\\bstring_agg\\s*\\("),
            Pattern.compile("\\bunnest\\s*\\("),
            Pattern.compile("\\bexclude\\s*\\("),
            Pattern.compile("\\bcolumns\\s*\\("),
            Pattern.compile("\\bgroup\\s+by\\s+all\\b"),
            Pattern.compile("\\border\\s+by\\s+all\\b"),
            Pattern.compile("\\bfrom\\s+read_\\w+"),
            Pattern.compile("\\btry_cast\\b"),
            Pattern.compile("\\$\\d"),
            Pattern.compile("\\?"));

    @ParameterizedTest
    @MethodSource("statementNames")
    void usesOnlyTheSharedSubset(String name) throws IOException {
        String sql;
        try (InputStream in = FigureEngine.class.getResourceAsStream(name + ".sql")) {
            assertThat(in).as(name).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = sql.replaceAll("--[^\\n]*", "").toLowerCase(Locale.ROOT);
        for (Pattern forbidden : FORBIDDEN) {
            assertThat(forbidden.matcher(code).find())
                    .as(name + " uses " + forbidden)
                    .isFalse();
        }
        assertThat(code.strip()).as(name + " is one statement").doesNotContain(";");
    }

    static List<String> statementNames() {
        return STATEMENTS;
    }
}
