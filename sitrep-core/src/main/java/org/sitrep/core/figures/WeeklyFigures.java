package org.sitrep.core.figures;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.sitrep.core.week.IsoWeek;

/**
 * Every figure of one bulletin week ({@code spec/bulletin.md} §1–§5), immutable and serializable as JSON: the
 * scalar figures with last week and the change, the distributions, the 12-week series of the charted figures, the
 * eight headline indicators with their previous 12 weeks, new malware, the top vulnerabilities and the incidents.
 *
 * @param start the first instant of the week (Monday 00:00 in {@code zone}), UTC
 * @param end the first instant after it, UTC
 * @param hasData whether the store holds anything at all for the week
 * @param figures every {@link FigureId}, in the bulletin's order
 * @param distributions every {@link DistributionId}, in the bulletin's order
 * @param series the charted figures over the 12 weeks ending with this one
 * @param topVulnerabilities the week's most important vulnerabilities, at most 10
 */
public record WeeklyFigures(
        IsoWeek week,
        Instant start,
        Instant end,
        String zone,
        String homeCountry,
        boolean hasData,
        boolean previousWeekHasData,
        List<HeadlineIndicator> headline,
        List<Figure> figures,
        List<Distribution> distributions,
        List<Series> series,
        NewMalware newMalware,
        List<TopVulnerability> topVulnerabilities,
        Incidents incidents) {

    public WeeklyFigures {
        if (week == null || start == null || end == null || zone == null || homeCountry == null) {
            throw new IllegalArgumentException("week, start, end, zone and homeCountry are required");
        }
        if (newMalware == null || incidents == null) {
            throw new IllegalArgumentException("newMalware and incidents are required");
        }
        headline = List.copyOf(headline);
        figures = List.copyOf(figures);
        distributions = List.copyOf(distributions);
        series = List.copyOf(series);
        topVulnerabilities = List.copyOf(topVulnerabilities);
    }

    public Figure figure(FigureId id) {
        return figure(id.id());
    }

    public Figure figure(String id) {
        return figures.stream()
                .filter(figure -> figure.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no figure " + id));
    }

    public Distribution distribution(DistributionId id) {
        return distributions.stream()
                .filter(distribution -> distribution.id().equals(id.id()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no distribution " + id.id()));
    }

    public Series series(FigureId id) {
        return series.stream()
                .filter(one -> one.id().equals(id.id()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no series " + id.id()));
    }

    public HeadlineIndicator headline(Headline indicator) {
        return headline.get(indicator.ordinal());
    }

    /**
     * These figures with last week's values taken from last week's published issue: a published number must read
     * the same wherever it reappears, so the issue after it restates its frozen figures (and computes the change
     * from them) even when the store has learnt more about that week since. A figure the issue does not hold keeps
     * its live value.
     *
     * @param lastIssue the figures frozen in the previous week's published issue
     */
    public WeeklyFigures restating(WeeklyFigures lastIssue) {
        if (!lastIssue.week().equals(week.previous())) {
            throw new IllegalArgumentException("the figures of " + week + " restate the issue of " + week.previous()
                    + ", not " + lastIssue.week());
        }
        List<Figure> restated = figures.stream()
                .map(figure -> lastIssue.figures().stream()
                        .filter(frozen -> frozen.id().equals(figure.id()))
                        .findFirst()
                        .map(frozen -> new Figure(
                                figure.id(),
                                figure.section(),
                                figure.unit(),
                                figure.thisWeek(),
                                frozen.thisWeek(),
                                Change.between(figure.thisWeek(), frozen.thisWeek())))
                        .orElse(figure))
                .toList();
        List<HeadlineIndicator> restatedHeadline = headline.stream()
                .map(indicator -> lastIssue.headline().stream()
                        .filter(frozen -> frozen.id().equals(indicator.id()))
                        .findFirst()
                        .map(frozen -> new HeadlineIndicator(
                                indicator.id(),
                                indicator.figureId(),
                                indicator.thisWeek(),
                                frozen.thisWeek(),
                                Change.between(indicator.thisWeek(), frozen.thisWeek()),
                                indicator.previousWeeks()))
                        .orElse(indicator))
                .toList();
        return new WeeklyFigures(
                week,
                start,
                end,
                zone,
                homeCountry,
                hasData,
                previousWeekHasData || lastIssue.hasData(),
                restatedHeadline,
                restated,
                distributions,
                series,
                newMalware,
                topVulnerabilities,
                incidents);
    }
}
