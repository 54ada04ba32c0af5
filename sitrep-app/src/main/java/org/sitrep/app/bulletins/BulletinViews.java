package org.sitrep.app.bulletins;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.PartnerKind;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.figures.DistributionId;
import org.sitrep.core.figures.FigureId;
import org.sitrep.core.figures.Series;
import org.sitrep.core.figures.TopVulnerability;
import org.sitrep.core.figures.WeekValue;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.vulnerability.AffectedObject;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.model.Blocklist;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.DomainKind;
import org.sitrep.report.model.DropSites;
import org.sitrep.report.model.EmptySections;
import org.sitrep.report.model.IncidentSection;
import org.sitrep.report.model.LocalizedText;
import org.sitrep.report.model.MalwareSection;
import org.sitrep.report.model.NotableVulnerability;
import org.sitrep.report.model.Organisation;
import org.sitrep.report.model.Overview;
import org.sitrep.report.model.RatingBand;
import org.sitrep.report.model.RecentIssue;
import org.sitrep.report.model.TargetSector;
import org.sitrep.report.model.ThreatLevel;
import org.sitrep.report.model.Trends;
import org.sitrep.report.model.VulnerabilitySection;
import org.sitrep.report.model.WebsiteSection;
import org.sitrep.report.model.WeekCount;

/**
 * Lays a week's figures and assessment out as the bulletin prints them. Every number is copied from the figures
 * (so the text, the tables, the charts and the JSON agree); nothing is counted here.
 */
public final class BulletinViews {

    private BulletinViews() {}

    /**
     * @param recent the published issues before this one, newest first (at most five are linked)
     * @param href the link to an issue from this one's folder
     * @param warnings told of every key the bulletin cannot name, which it shows as other/unknown instead
     */
    public static BulletinView of(
            WeekReport report,
            SitrepConfig config,
            List<IsoWeek> recent,
            Function<IsoWeek, String> href,
            Blocklist blocklist,
            Consumer<String> warnings) {
        WeeklyFigures figures = report.figures();
        Keys keys = new Keys(figures::distribution, warnings);
        Assessment assessment = report.assessment();
        return new BulletinView(
                figures.week(),
                assessment.rated()
                        ? new Overview(
                                RatingBand.valueOf(Objects.requireNonNull(assessment.finalBand())
                                        .name()),
                                assessment.infrastructureIncidents(),
                                assessment.mainThreats())
                        : Overview.unrated(),
                malware(figures, keys),
                websites(figures, keys),
                vulnerabilities(figures, assessment, keys),
                incidents(figures, keys),
                trends(figures),
                recent.stream()
                        .limit(5)
                        .map(week -> new RecentIssue(week, href.apply(week)))
                        .toList(),
                organisation(config),
                blocklist,
                config.bulletin().omitEmptySections() ? EmptySections.OMIT : EmptySections.SAY_NO_DATA);
    }

    private static MalwareSection malware(WeeklyFigures f, Keys keys) {
        return new MalwareSection(
                week(f, FigureId.MALWARE_INFECTED_HOSTS),
                week(f, FigureId.MALWARE_INFECTED_TROJAN_BOT),
                week(f, FigureId.MALWARE_INFECTED_WORM),
                keys.provinces(DistributionId.INFECTED_BY_PROVINCE),
                count(f, FigureId.MALWARE_NEW_NAMES),
                count(f, FigureId.MALWARE_NEW_FAMILIES),
                new DropSites(
                        count(f, FigureId.DROP_SITE_DOMAINS),
                        count(f, FigureId.DROP_SITE_IPS),
                        count(f, FigureId.DROP_SITE_DOMAINS_HOME),
                        count(f, FigureId.DROP_SITE_DOMAINS_ABROAD),
                        count(f, FigureId.DROP_SITE_DOMAINS_UNKNOWN),
                        count(f, FigureId.DROP_SITE_DOMAINS_COM),
                        keys.open(DistributionId.DROP_SITE_DOMAINS_BY_TLD),
                        count(f, FigureId.DROP_SITE_IPS_ABROAD),
                        count(f, FigureId.DROP_SITE_IPS_DIRECT)));
    }

    private static WebsiteSection websites(WeeklyFigures f, Keys keys) {
        return new WebsiteSection(
                week(f, FigureId.WEBSITES_DEFACED),
                week(f, FigureId.WEBSITES_DEFACED_GOV),
                week(f, FigureId.WEBSITES_BACKDOORED),
                week(f, FigureId.WEBSITES_BACKDOORED_GOV),
                count(f, FigureId.WEBSITES_BACKDOOR_CONTROLLERS),
                count(f, FigureId.WEBSITES_BACKDOOR_CONTROLLERS_ABROAD),
                week(f, FigureId.WEBSITES_PHISHING_PAGES),
                count(f, FigureId.WEBSITES_PHISHING_DOMAINS),
                count(f, FigureId.WEBSITES_PHISHING_IPS),
                keys.named(DistributionId.PHISHING_BY_SECTOR, TargetSector::fromId, TargetSector.OTHER),
                keys.named(DistributionId.DEFACED_BY_DOMAIN_KIND, BulletinViews::domainKind, DomainKind.OTHER),
                keys.named(DistributionId.BACKDOORED_BY_DOMAIN_KIND, BulletinViews::domainKind, DomainKind.OTHER));
    }

    private static VulnerabilitySection vulnerabilities(WeeklyFigures f, Assessment assessment, Keys keys) {
        List<NotableVulnerability> notable = new ArrayList<>();
        for (TopVulnerability top : f.topVulnerabilities()) {
            notable.add(new NotableVulnerability(
                    top.id(),
                    List.of(),
                    top.title() == null ? top.id() : top.title(),
                    Severity.parse(top.severity()).orElse(Severity.MEDIUM),
                    top.score(),
                    AffectedObject.fromId(top.affectedObject()).orElse(AffectedObject.APPLICATION),
                    top.zeroDay(),
                    top.knownExploited()));
        }
        return new VulnerabilitySection(
                week(f, FigureId.VULNERABILITIES_TOTAL),
                week(f, FigureId.VULNERABILITIES_HIGH),
                count(f, FigureId.VULNERABILITIES_MEDIUM),
                count(f, FigureId.VULNERABILITIES_LOW),
                count(f, FigureId.VULNERABILITIES_ZERO_DAY),
                count(f, FigureId.VULNERABILITIES_REMOTE),
                count(f, FigureId.VULNERABILITIES_KNOWN_EXPLOITED),
                ThreatLevel.valueOf(assessment.vulnerabilities().level().name()),
                // the affected-object classifier's own fallback for what it cannot place
                keys.named(
                        DistributionId.VULNERABILITIES_BY_OBJECT, AffectedObject::fromId, AffectedObject.APPLICATION),
                notable);
    }

    private static IncidentSection incidents(WeeklyFigures f, Keys keys) {
        return new IncidentSection(
                count(f, FigureId.CASES_HANDLED),
                count(f, FigureId.CASES_CROSS_BORDER),
                keys.named(DistributionId.CASES_BY_PARTNER_KIND, PartnerKind::fromId, PartnerKind.OTHER),
                count(f, FigureId.CASES_PHISHING),
                keys.named(DistributionId.CASES_PHISHING_BY_SECTOR, TargetSector::fromId, TargetSector.OTHER),
                count(f, FigureId.CASES_MOBILE_PLATFORMS),
                count(f, FigureId.CASES_MOBILE_URLS),
                keys.named(DistributionId.CASES_BY_TYPE, CaseType::fromId, CaseType.OTHER));
    }

    private static Trends trends(WeeklyFigures f) {
        List<WeekValue> trojan = points(f, FigureId.MALWARE_INFECTED_TROJAN_BOT);
        List<WeekValue> worm = points(f, FigureId.MALWARE_INFECTED_WORM);
        List<WeekValue> defaced = points(f, FigureId.WEBSITES_DEFACED);
        List<WeekValue> backdoored = points(f, FigureId.WEBSITES_BACKDOORED);
        List<WeekValue> phishing = points(f, FigureId.WEBSITES_PHISHING_PAGES);
        List<WeekValue> high = points(f, FigureId.VULNERABILITIES_HIGH);
        List<WeekValue> medium = points(f, FigureId.VULNERABILITIES_MEDIUM);
        List<WeekValue> low = points(f, FigureId.VULNERABILITIES_LOW);
        List<Trends.InfectedPoint> infected = new ArrayList<>();
        List<Trends.WebsitePoint> websites = new ArrayList<>();
        List<Trends.VulnerabilityPoint> vulnerabilities = new ArrayList<>();
        for (int i = 0; i < trojan.size(); i++) {
            if (!trojan.get(i).hasData()) {
                continue; // weeks before monitoring began are left out of the charts, not drawn as zero
            }
            IsoWeek week = trojan.get(i).week();
            infected.add(new Trends.InfectedPoint(
                    week, trojan.get(i).value(), worm.get(i).value()));
            websites.add(new Trends.WebsitePoint(
                    week,
                    defaced.get(i).value(),
                    backdoored.get(i).value(),
                    phishing.get(i).value()));
            vulnerabilities.add(new Trends.VulnerabilityPoint(
                    week, high.get(i).value(), medium.get(i).value(), low.get(i).value()));
        }
        return new Trends(infected, websites, vulnerabilities);
    }

    private static Organisation organisation(SitrepConfig config) {
        org.sitrep.core.config.Organisation organisation = config.organisation();
        return new Organisation(
                text(organisation.name()),
                text(organisation.shortName()),
                text(organisation.vulnerabilityDatabase()),
                text(organisation.vulnerabilityDatabaseShort()),
                text(organisation.about()));
    }

    private static LocalizedText text(org.sitrep.core.config.LocalizedText text) {
        return new LocalizedText(text.zh(), text.en());
    }

    private static Optional<DomainKind> domainKind(String key) {
        return switch (key) {
            case "com" -> Optional.of(DomainKind.COM);
            case "net" -> Optional.of(DomainKind.NET);
            case "gov.cn" -> Optional.of(DomainKind.GOV_CN);
            case "org" -> Optional.of(DomainKind.ORG);
            default -> Optional.of(DomainKind.OTHER);
        };
    }

    private static WeekCount week(WeeklyFigures f, FigureId id) {
        var figure = f.figure(id);
        return new WeekCount(asLong(figure.thisWeek()), asLong(figure.lastWeek()));
    }

    private static long count(WeeklyFigures f, FigureId id) {
        return asLong(f.figure(id).thisWeek());
    }

    private static long asLong(@Nullable Number number) {
        return number == null ? 0 : number.longValue();
    }

    private static List<WeekValue> points(WeeklyFigures f, FigureId id) {
        Series series = f.series(id);
        return series.points();
    }
}
