package org.sitrep.report.model;

import java.util.List;
import org.sitrep.core.week.IsoWeek;

/**
 * The series behind the trend charts: one point per week, oldest first, ending with this week (8 to 12
 * weeks is what the bulletin shows; the renderer draws what it is given).
 */
public record Trends(
        List<InfectedPoint> infected, List<WebsitePoint> websites, List<VulnerabilityPoint> vulnerabilities) {
    public Trends {
        infected = Checks.list(infected, "infected");
        websites = Checks.list(websites, "websites");
        vulnerabilities = Checks.list(vulnerabilities, "vulnerabilities");
    }

    /** Infected hosts of one week by category. */
    public record InfectedPoint(IsoWeek week, long trojanOrBot, long worm) {
        public InfectedPoint {
            Checks.present(week, "week");
            Checks.count(trojanOrBot, "trojanOrBot");
            Checks.count(worm, "worm");
        }
    }

    /** Defaced and backdoored sites and phishing pages of one week. */
    public record WebsitePoint(IsoWeek week, long defaced, long backdoored, long phishingPages) {
        public WebsitePoint {
            Checks.present(week, "week");
            Checks.count(defaced, "defaced");
            Checks.count(backdoored, "backdoored");
            Checks.count(phishingPages, "phishingPages");
        }
    }

    /** New vulnerabilities of one week by severity band (critical counted as high). */
    public record VulnerabilityPoint(IsoWeek week, long high, long medium, long low) {
        public VulnerabilityPoint {
            Checks.present(week, "week");
            Checks.count(high, "high");
            Checks.count(medium, "medium");
            Checks.count(low, "low");
        }
    }
}
