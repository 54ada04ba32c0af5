package org.sitrep.core.figures;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.week.IsoWeek;

/**
 * Computes every figure of a bulletin week from the store over JDBC. The statements are resource files beside this
 * class, in the SQL DuckDB, PostgreSQL and Spark share; the database aggregates, this class assembles. Weeks are
 * bounded by Monday 00:00 in the configured zone, passed to the statements as UTC instants.
 *
 * <p>Not thread-safe: it uses one connection.
 */
public final class FigureEngine {

    /** How many weeks a series shows (ending with the week) and how many precede a week in a headline history. */
    public static final int SERIES_WEEKS = 12;

    /** The figures charted over weeks. */
    public static final List<FigureId> SERIES = List.of(
            FigureId.MALWARE_INFECTED_WORM,
            FigureId.MALWARE_INFECTED_TROJAN_BOT,
            FigureId.WEBSITES_DEFACED,
            FigureId.WEBSITES_BACKDOORED,
            FigureId.WEBSITES_PHISHING_PAGES,
            FigureId.VULNERABILITIES_HIGH,
            FigureId.VULNERABILITIES_MEDIUM,
            FigureId.VULNERABILITIES_LOW);

    private final FigureSettings settings;
    private final FigureQueries queries;
    private final MalwareMeasurer malware;
    private final WebsiteMeasurer websites;
    private final VulnerabilityMeasurer vulnerabilities;
    private final CaseMeasurer cases;

    public FigureEngine(Connection connection, FigureSettings settings) {
        Objects.requireNonNull(connection, "connection is required");
        this.settings = Objects.requireNonNull(settings, "settings is required");
        this.queries = new FigureQueries(connection, settings);
        this.malware = new MalwareMeasurer(queries);
        this.websites = new WebsiteMeasurer(queries);
        this.vulnerabilities = new VulnerabilityMeasurer(queries);
        this.cases = new CaseMeasurer(queries);
    }

    public FigureSettings settings() {
        return settings;
    }

    /** Whether the store holds any event, vulnerability published or case reported or closed in the week. */
    public boolean hasData(IsoWeek week) {
        return Objects.requireNonNull(queries.counts("has_data", window(week)).get("records")) > 0;
    }

    public WeeklyFigures compute(IsoWeek week) {
        WeekSpan span = WeekSpan.ending(week, settings.zone());
        WeekWindow window = span.last();
        SpanCounts spanCounts = SpanCounts.measure(queries, span);
        List<WeekMeasures> measures = List.of(new WeekMeasures(), new WeekMeasures());
        malware.measure(span, spanCounts, measures);
        websites.measure(span, spanCounts, measures);
        vulnerabilities.measure(span, spanCounts, measures);
        cases.measure(span, measures);
        WeekMeasures before = measures.get(0);
        WeekMeasures now = measures.get(1);
        List<CoreCounts> weeks = spanCounts.coreCounts();
        CoreCounts current = weeks.getLast();
        CoreCounts previous = weeks.get(weeks.size() - 2);

        List<Figure> figures = new ArrayList<>();
        for (FigureId id : FigureId.values()) {
            figures.add(Figure.of(id, now.values.get(id), before.values.get(id)));
        }
        List<Series> series = new ArrayList<>();
        for (FigureId id : SERIES) {
            series.add(new Series(
                    id.id(),
                    weeks.subList(1, weeks.size()).stream()
                            .map(counts -> counts.value(id))
                            .toList()));
        }
        return new WeeklyFigures(
                week,
                window.start(),
                window.end(),
                settings.zone().getId(),
                settings.homeCountry(),
                current.hasData(),
                previous.hasData(),
                headline(weeks),
                figures,
                List.copyOf(now.distributions.values()),
                series,
                now.newMalware,
                now.topVulnerabilities,
                now.incidents);
    }

    /** A headline indicator's values in the 12 weeks before the week, oldest first. */
    public List<WeekValue> headlineHistory(IsoWeek week, Headline indicator) {
        return coreCountsBefore(week).stream()
                .map(counts -> counts.value(indicator.figure()))
                .toList();
    }

    /** Every headline indicator's values in the 12 weeks before the week, oldest first. */
    public Map<Headline, List<WeekValue>> headlineHistory(IsoWeek week) {
        List<CoreCounts> weeks = coreCountsBefore(week);
        Map<Headline, List<WeekValue>> history = new EnumMap<>(Headline.class);
        for (Headline indicator : Headline.values()) {
            history.put(
                    indicator,
                    weeks.stream()
                            .map(counts -> counts.value(indicator.figure()))
                            .toList());
        }
        return history;
    }

    private List<HeadlineIndicator> headline(List<CoreCounts> weeks) {
        CoreCounts current = weeks.getLast();
        CoreCounts previous = weeks.get(weeks.size() - 2);
        List<HeadlineIndicator> headline = new ArrayList<>();
        for (Headline indicator : Headline.values()) {
            long thisWeek = current.value(indicator.figure()).value();
            long lastWeek = previous.value(indicator.figure()).value();
            headline.add(new HeadlineIndicator(
                    indicator.id(),
                    indicator.figure().id(),
                    thisWeek,
                    lastWeek,
                    Change.between(thisWeek, lastWeek),
                    weeks.subList(0, SERIES_WEEKS).stream()
                            .map(counts -> counts.value(indicator.figure()))
                            .toList()));
        }
        return headline;
    }

    /** The core counts of the 12 weeks before the week, oldest first (from the span ending last week). */
    private List<CoreCounts> coreCountsBefore(IsoWeek week) {
        List<CoreCounts> weeks = SpanCounts.measure(queries, WeekSpan.ending(week.previous(), settings.zone()))
                .coreCounts();
        return weeks.subList(1, weeks.size());
    }

    private WeekWindow window(IsoWeek week) {
        return WeekWindow.of(week, settings.zone());
    }
}
