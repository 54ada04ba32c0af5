package org.sitrep.report;

import static org.sitrep.core.cases.CaseType.*;
import static org.sitrep.core.cases.PartnerKind.*;
import static org.sitrep.core.vulnerability.AffectedObject.*;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.assessment.ThreatArea;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.model.*;

/**
 * A hand-made issue, 2024 No. 45 (2024-11-04..10). Its numbers are chosen so that each rule shows: infected hosts
 * 322449 + 256449 = 578898 (parts 32.2 + 25.6 = 57.8 although the total alone rounds to 57.9), defaced 3142 → 2836
 * (a fall of 9.7%), defaced government sites 47 → 47 (no change), backdoored 0 → 1793 (no change defined),
 * backdoored government sites 25 → 29 (a rise of 16.0%), phishing 5460 → 6663 (a rise of 22.0%).
 */
public final class BulletinFixtures {
    public static final IsoWeek WEEK = new IsoWeek(2024, 45);

    private BulletinFixtures() {}

    public static BulletinView week45() {
        return new BulletinView(
                WEEK,
                new Overview(
                        RatingBand.GOOD,
                        List.of(),
                        List.of(
                                ThreatArea.SOFTWARE_VULNERABILITIES,
                                ThreatArea.MALICIOUS_CODE,
                                ThreatArea.WEBSITE_ATTACKS,
                                ThreatArea.PHISHING)),
                malware(),
                websites(),
                vulnerabilities(),
                incidents(),
                trends(),
                List.of(
                        new RecentIssue(WEEK.minusWeeks(1), "2024-W44/bulletin.html"),
                        new RecentIssue(WEEK.minusWeeks(2), "2024-W43/bulletin.html"),
                        new RecentIssue(WEEK.minusWeeks(3), "2024-W42/bulletin.html"),
                        new RecentIssue(WEEK.minusWeeks(4), "2024-W41/bulletin.html"),
                        new RecentIssue(WEEK.minusWeeks(5), "2024-W40/bulletin.html")),
                organisation(),
                new Blocklist(
                        List.of(
                                "http://198.51.100.9:44312/i",
                                "https://files.example.net/inv_2211.zip",
                                "http://dl.example.com/a,b.exe"),
                        List.of("files.example.net", "dl.example.com"),
                        List.of("198.51.100.9")));
    }

    /** A week with nothing to report: every count zero, every list empty, last week zero too. */
    public static BulletinView quietWeek() {
        WeekCount none = new WeekCount(0, 0);
        return new BulletinView(
                WEEK,
                new Overview(RatingBand.EXCELLENT, List.of(), List.of()),
                new MalwareSection(none, none, none, List.of(), 0, 0, new DropSites(0, 0, 0, 0, 0, 0, List.of(), 0, 0)),
                new WebsiteSection(none, none, none, none, 0, 0, none, 0, 0, List.of(), List.of(), List.of()),
                new VulnerabilitySection(none, none, 0, 0, 0, 0, 0, ThreatLevel.LOW, List.of(), List.of()),
                new IncidentSection(0, 0, List.of(), 0, List.of(), 0, 0, List.of()),
                new Trends(List.of(), List.of(), List.of()),
                List.of(),
                organisation(),
                new Blocklist(List.of(), List.of(), List.of()));
    }

    static MalwareSection malware() {
        return new MalwareSection(
                new WeekCount(578_898, 493_500),
                new WeekCount(322_449, 246_449),
                new WeekCount(256_449, 247_051),
                List.of(
                        new Counted<>("广东省", 120_000),
                        new Counted<>("浙江", 80_000),
                        new Counted<>("江苏省", 60_000),
                        new Counted<>("山东省", 40_000),
                        new Counted<>("广西壮族自治区", 20_000),
                        new Counted<>("北京市", 15_000),
                        new Counted<>("内蒙古", 9_000)),
                41,
                3,
                new DropSites(
                        240,
                        175,
                        150,
                        67,
                        23,
                        130,
                        List.of(
                                new Counted<>("com", 130),
                                new Counted<>("net", 40),
                                new Counted<>("cn", 30),
                                new Counted<>("ru", 15),
                                new Counted<>("cc", 10),
                                new Counted<>("top", 8),
                                new Counted<>("xyz", 7)),
                        98,
                        12));
    }

    static WebsiteSection websites() {
        return new WebsiteSection(
                new WeekCount(2836, 3142),
                new WeekCount(47, 47),
                new WeekCount(1793, 0),
                new WeekCount(29, 25),
                120,
                84,
                new WeekCount(6663, 5460),
                1517,
                512,
                List.of(
                        new Counted<>(TargetSector.BANK, 5200),
                        new Counted<>(TargetSector.PAYMENT, 800),
                        new Counted<>(TargetSector.OTHER, 663)),
                List.of(
                        new Counted<>(DomainKind.COM, 1700),
                        new Counted<>(DomainKind.NET, 300),
                        new Counted<>(DomainKind.GOV_CN, 47),
                        new Counted<>(DomainKind.ORG, 89),
                        new Counted<>(DomainKind.OTHER, 700)),
                List.of(
                        new Counted<>(DomainKind.COM, 1100),
                        new Counted<>(DomainKind.NET, 200),
                        new Counted<>(DomainKind.GOV_CN, 29),
                        new Counted<>(DomainKind.ORG, 64),
                        new Counted<>(DomainKind.OTHER, 400)));
    }

    static VulnerabilitySection vulnerabilities() {
        return new VulnerabilitySection(
                new WeekCount(412, 380),
                new WeekCount(131, 140),
                240,
                41,
                98,
                301,
                5,
                ThreatLevel.MEDIUM,
                List.of(
                        new Counted<>(APPLICATION, 210),
                        new Counted<>(WEB_APPLICATION, 96),
                        new Counted<>(NETWORK_DEVICE, 54),
                        new Counted<>(OPERATING_SYSTEM, 30),
                        new Counted<>(SECURITY_PRODUCT, 12),
                        new Counted<>(DATABASE, 6),
                        new Counted<>(SMART_DEVICE, 4)),
                List.of(
                        new NotableVulnerability(
                                "EXVD-2024-41001",
                                List.of("CVE-2024-0001"),
                                "Example Router remote command execution",
                                Severity.CRITICAL,
                                9.8,
                                NETWORK_DEVICE,
                                true,
                                true),
                        new NotableVulnerability(
                                "EXVD-2024-41002",
                                List.of(),
                                "Example CMS SQL injection",
                                Severity.HIGH,
                                8.1,
                                WEB_APPLICATION,
                                false,
                                false)));
    }

    static IncidentSection incidents() {
        return new IncidentSection(
                1245,
                312,
                List.of(
                        new Counted<>(TELECOM_OPERATOR, 410),
                        new Counted<>(CLOUD_PROVIDER, 280),
                        new Counted<>(REGISTRAR, 190),
                        new Counted<>(APP_STORE, 60),
                        new Counted<>(REGIONAL_BRANCH, 250),
                        new Counted<>(FOREIGN_CERT, 55)),
                880,
                List.of(new Counted<>(TargetSector.BANK, 610), new Counted<>(TargetSector.PAYMENT, 150)),
                7,
                96,
                List.of(
                        new Counted<>(PHISHING, 880),
                        new Counted<>(MALICIOUS_CODE, 150),
                        new Counted<>(DEFACEMENT, 90),
                        new Counted<>(BACKDOOR, 45),
                        new Counted<>(VULNERABILITY, 40),
                        new Counted<>(SCANNING, 20),
                        new Counted<>(DOS, 10),
                        new Counted<>(org.sitrep.core.cases.CaseType.OTHER, 10)));
    }

    static Trends trends() {
        long[] trojan = {
            301_000, 295_500, 310_200, 288_400, 276_900, 290_100, 305_700, 298_300, 284_600, 270_200, 281_000, 322_449
        };
        long[] worm = {
            262_000, 259_800, 258_100, 257_700, 257_000, 256_900, 256_100, 255_800, 255_000, 254_700, 212_500, 256_449
        };
        long[] defaced = {3010, 2950, 3320, 3105, 2890, 2760, 2980, 3200, 3050, 2990, 3142, 2836};
        long[] backdoored = {1510, 1620, 1480, 1705, 1590, 1660, 1610, 1540, 1580, 1690, 0, 1793};
        long[] phishing = {5100, 4980, 5320, 5610, 5230, 5480, 5390, 5150, 5620, 5700, 5460, 6663};
        long[] high = {120, 135, 128, 142, 117, 130, 126, 139, 133, 121, 140, 131};
        long[] medium = {230, 245, 221, 256, 239, 228, 250, 233, 241, 236, 205, 240};
        long[] low = {38, 44, 35, 41, 36, 40, 39, 43, 37, 42, 35, 41};
        List<Trends.InfectedPoint> infected = new ArrayList<>();
        List<Trends.WebsitePoint> websites = new ArrayList<>();
        List<Trends.VulnerabilityPoint> vulnerabilities = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            IsoWeek week = WEEK.minusWeeks(11 - i);
            infected.add(new Trends.InfectedPoint(week, trojan[i], worm[i]));
            websites.add(new Trends.WebsitePoint(week, defaced[i], backdoored[i], phishing[i]));
            vulnerabilities.add(new Trends.VulnerabilityPoint(week, high[i], medium[i], low[i]));
        }
        return new Trends(infected, websites, vulnerabilities);
    }

    static Organisation organisation() {
        return new Organisation(
                new LocalizedText("示例国家计算机网络应急响应中心", "Example National Computer Emergency Response Team"),
                new LocalizedText("EXCERT", "EXCERT"),
                new LocalizedText("示例漏洞共享平台（EXVD）", "Example Vulnerability Database (EXVD)"),
                new LocalizedText("EXVD", "EXVD"),
                new LocalizedText(
                        "示例国家计算机网络应急响应中心是非营利的网络安全技术协调组织，负责协调处置网络安全事件、发布网络安全预警信息，运行示例漏洞共享平台（EXVD）。",
                        "The Example National Computer Emergency Response Team is a non-profit coordination centre: it"
                                + " coordinates the handling of cyber security incidents, publishes warnings and runs the"
                                + " Example Vulnerability Database (EXVD)."));
    }
}
