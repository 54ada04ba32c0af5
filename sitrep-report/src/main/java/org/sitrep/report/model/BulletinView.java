package org.sitrep.report.model;

import java.util.List;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.week.IsoWeek;

/**
 * Everything one issue of the weekly bulletin prints, in raw numbers, section by section. The issue's number,
 * year and date range are those of {@code week} (ISO week-based year and week number of the Monday).
 *
 * @param emptySections what is written for a section with nothing to count this week
 */
public record BulletinView(
        IsoWeek week,
        Overview overview,
        MalwareSection malware,
        WebsiteSection websites,
        VulnerabilitySection vulnerabilities,
        IncidentSection incidents,
        Trends trends,
        List<RecentIssue> recentIssues,
        Organisation organisation,
        Blocklist blocklist,
        EmptySections emptySections) {
    public BulletinView {
        Checks.present(week, "week");
        Checks.present(overview, "overview");
        Checks.present(malware, "malware");
        Checks.present(websites, "websites");
        Checks.present(vulnerabilities, "vulnerabilities");
        Checks.present(incidents, "incidents");
        Checks.present(trends, "trends");
        recentIssues = Checks.list(recentIssues, "recentIssues");
        Checks.present(organisation, "organisation");
        Checks.present(blocklist, "blocklist");
        Checks.present(emptySections, "emptySections");
    }

    /** An issue whose sections without data say so. */
    public BulletinView(
            IsoWeek week,
            Overview overview,
            MalwareSection malware,
            WebsiteSection websites,
            VulnerabilitySection vulnerabilities,
            IncidentSection incidents,
            Trends trends,
            List<RecentIssue> recentIssues,
            Organisation organisation,
            Blocklist blocklist) {
        this(
                week,
                overview,
                malware,
                websites,
                vulnerabilities,
                incidents,
                trends,
                recentIssues,
                organisation,
                blocklist,
                EmptySections.SAY_NO_DATA);
    }

    /** One row of the headline table. */
    public record HeadlineRow(Headline indicator, WeekCount count) {}

    /** The eight headline rows, in print order, taken from the sections that hold the numbers. */
    public List<HeadlineRow> headline() {
        return List.of(
                new HeadlineRow(Headline.INFECTED_HOSTS, malware.infectedHosts()),
                new HeadlineRow(Headline.DEFACED, websites.defaced()),
                new HeadlineRow(Headline.DEFACED_GOV, websites.defacedGov()),
                new HeadlineRow(Headline.BACKDOORED, websites.backdoored()),
                new HeadlineRow(Headline.BACKDOORED_GOV, websites.backdooredGov()),
                new HeadlineRow(Headline.PHISHING_PAGES, websites.phishingPages()),
                new HeadlineRow(Headline.NEW_VULNERABILITIES, vulnerabilities.total()),
                new HeadlineRow(Headline.HIGH_VULNERABILITIES, vulnerabilities.high()));
    }
}
