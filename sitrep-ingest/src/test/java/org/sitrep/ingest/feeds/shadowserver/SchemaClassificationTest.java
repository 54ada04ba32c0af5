package org.sitrep.ingest.feeds.shadowserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedRun;

/**
 * Every report type of Shadowserver's schema, read from a file built from the report's own field lists: its
 * events carry the classification the schema's constant fields (or its classification functions) give, except
 * where ADR 006 departs. The agreement over the whole schema is written to {@code docs/feeds.md} from here.
 */
class SchemaClassificationTest {

    private static final ShadowserverSchema SCHEMA = ShadowserverSchema.bundled();
    private static final ShadowserverFormat FORMAT = new ShadowserverFormat(SCHEMA);
    private static final String TABLE_START = "<!-- shadowserver-agreement:start -->";
    private static final String TABLE_END = "<!-- shadowserver-agreement:end -->";

    static Stream<String> reports() {
        return SCHEMA.reports().keySet().stream().sorted();
    }

    /** The classification Shadowserver's schema gives a row: constants first, as IntelMQ applies them last. */
    static Event.Classification schemaClassification(ReportSchema report, Map<String, String> row) {
        return new Event.Classification(
                schemaPart(report, row, "taxonomy"),
                schemaPart(report, row, "type"),
                schemaPart(report, row, "identifier"));
    }

    private static String schemaPart(ReportSchema report, Map<String, String> row, String part) {
        String field = "classification." + part;
        if (report.constants().containsKey(field)) {
            return report.constants().get(field);
        }
        for (FieldRule rule : report.optional()) {
            if (rule.target().equals(field)) {
                String tag = row.get(rule.column());
                boolean webshell = "exchange;webshell".equals(tag);
                return switch (rule.conversion() == null
                        ? "none"
                        : rule.conversion().schemaName()) {
                    case "scan_exchange_taxonomy" -> webshell ? "intrusions" : "vulnerable";
                    case "scan_exchange_type" -> webshell ? "system-compromise" : "infected-system";
                    case "scan_exchange_identifier" ->
                        webshell ? "exchange-server-webshell" : "vulnerable-exchange-server";
                    default -> tag;
                };
            }
        }
        return null;
    }

    private static List<Event> events(ReportSchema report, List<Map<String, String>> rows) {
        List<ParseOutcome> outcomes = FeedRun.outcomes(FORMAT, SchemaRows.csv(rows), SchemaRows.fileName(report));
        assertThat(FeedRun.rejects(outcomes)).as(report.fileName()).isEmpty();
        return FeedRun.events(outcomes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void classifiesEveryReportAsTheSchemaSays(String fileName) {
        ReportSchema report = SCHEMA.report(fileName);
        List<Map<String, String>> rows = SchemaRows.rows(report);

        List<Event> events = events(report, rows);

        assertThat(events).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Event event = events.get(i);
            Event.Classification schema = schemaClassification(report, rows.get(i));
            assertThat(event.classification()).isEqualTo(Departure.apply(fileName, schema));
            assertThat(event.feed().name()).isEqualTo(report.feedName());
            assertThat(event.feed().provider()).isEqualTo("Shadowserver");
            assertThat(event.extra()).containsEntry(SchemaRows.UNKNOWN_COLUMN, "kept");
            report.constants().forEach((field, value) -> {
                if (!field.startsWith("classification.")) {
                    assertThat(event.extra()).as(field).containsEntry(field, value);
                }
            });
        }
    }

    @Test
    void departsOnlyWhereTheAdrSays() {
        List<String> departing = new ArrayList<>();
        for (String fileName : reports().toList()) {
            ReportSchema report = SCHEMA.report(fileName);
            List<Map<String, String>> rows = SchemaRows.rows(report);
            List<Event> events = events(report, rows);
            for (int i = 0; i < rows.size(); i++) {
                if (!events.get(i).classification().equals(schemaClassification(report, rows.get(i)))) {
                    departing.add(
                            fileName + ":" + events.get(i).classification().type());
                }
            }
        }

        assertThat(departing)
                .containsExactlyInAnyOrder("scan6_exchange:vulnerable-system", "scan_exchange:vulnerable-system");
    }

    /**
     * The table of {@code docs/feeds.md}: per report, what Sitrep stores and whether it equals the schema, and the
     * agreement over all events of the test files. The docs must hold exactly this table.
     */
    @Test
    void docsListEveryReportWithTheMeasuredAgreement() throws IOException {
        StringBuilder table = new StringBuilder();
        int agreeing = 0;
        int total = 0;
        int reportsAgreeing = 0;
        table.append("| report (file name) | IntelMQ feed name | taxonomy | type | identifier | as the schema |\n");
        table.append("|---|---|---|---|---|---|\n");
        for (String fileName : reports().toList()) {
            ReportSchema report = SCHEMA.report(fileName);
            List<Map<String, String>> rows = SchemaRows.rows(report);
            List<Event> events = events(report, rows);
            boolean all = true;
            for (int i = 0; i < rows.size(); i++) {
                Event.Classification stored = events.get(i).classification();
                boolean same = stored.equals(schemaClassification(report, rows.get(i)));
                all &= same;
                agreeing += same ? 1 : 0;
                total++;
                table.append(String.format(
                        "| `%s` | %s | `%s` | `%s` | %s | %s |%n",
                        fileName,
                        report.feedName(),
                        stored.taxonomy(),
                        stored.type(),
                        identifier(report, stored),
                        same ? "yes" : "no (ADR 006)"));
            }
            reportsAgreeing += all ? 1 : 0;
        }
        table.append(String.format(
                Locale.ROOT,
                "%nAgreement with Shadowserver's classification: %d of %d report types (%.1f %%), %d of %d events of"
                        + " the test files (%.1f %%); measured by `SchemaClassificationTest` over the bundled"
                        + " schema.%n",
                reportsAgreeing,
                SCHEMA.size(),
                100.0 * reportsAgreeing / SCHEMA.size(),
                agreeing,
                total,
                100.0 * agreeing / total));
        String expected = TABLE_START + "\n" + table + TABLE_END;
        Path written = Path.of("target", "shadowserver-agreement.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, expected, StandardCharsets.UTF_8);

        String docs = Files.readString(Path.of("..", "docs", "feeds.md"), StandardCharsets.UTF_8);
        int start = docs.indexOf(TABLE_START);
        int end = docs.indexOf(TABLE_END);
        assertThat(start).as("docs/feeds.md has the agreement table").isNotNegative();
        assertThat(docs.substring(start, end + TABLE_END.length()))
                .as("docs/feeds.md's table is the measured one (see sitrep-ingest/%s)", written)
                .isEqualTo(expected);
    }

    /** The identifier as the docs show it: a constant, or the column it comes from. */
    private static String identifier(ReportSchema report, Event.Classification stored) {
        if (report.constants().containsKey("classification.identifier")) {
            return "`" + stored.identifier() + "`";
        }
        return report.optional().stream()
                .filter(rule -> rule.target().equals("classification.identifier"))
                .findFirst()
                .map(rule -> rule.conversion() != null
                                && rule.conversion().schemaName().startsWith("scan_exchange")
                        ? "`" + stored.identifier() + "`"
                        : "from `" + rule.column() + "`")
                .orElse("none");
    }
}
