package org.sitrep.ingest.feeds.cnvdxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.resource;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.run;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.vulnerability;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.vulnerability.AffectedObject;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.ingest.feeds.vulnerability.FormatRun;
import org.sitrep.ingest.feeds.vulnerability.FormatRun.Parsed;

class CnvdXmlFormatTest {

    private final CnvdXmlFormat format = new CnvdXmlFormat();

    @Test
    void readsEachVulnerabilityElement() {
        List<Parsed> parsed = run(format, resource(getClass(), "cnvd-weekly.xml"));

        assertThat(parsed).extracting(Parsed::line).containsExactly(3L, 6L, 19L, 20L);
        assertThat(vulnerability(parsed.get(0)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CNVD-2026-90001",
                        List.of("CVE-2026-12345"),
                        LocalDate.of(2026, 11, 25),
                        null,
                        "ExampleSoft Example Gateway命令注入漏洞",
                        "Example Gateway诊断页面存在命令注入漏洞，未经身份验证的远程攻击者可执行任意命令。",
                        Severity.HIGH,
                        null,
                        AffectedObject.NETWORK_DEVICE,
                        null,
                        "ExampleSoft Example Gateway <7.4.2",
                        false,
                        true,
                        false,
                        "cnvd-xml"));
        assertThat(vulnerability(parsed.get(1)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CNVD-2026-90002",
                        List.of("CVE-2026-20030", "CVE-2026-20031"),
                        LocalDate.of(2026, 11, 26),
                        null,
                        "示例数据库权限提升漏洞",
                        "示例数据库存在权限提升漏洞，本地攻击者可利用该漏洞获取管理员权限。",
                        Severity.MEDIUM,
                        null,
                        AffectedObject.DATABASE,
                        null,
                        "示例公司 示例数据库 V8",
                        false,
                        false,
                        false,
                        "cnvd-xml"));
        assertThat(parsed.get(2).outcome())
                .isEqualTo(new ParseOutcome.Rejected(
                        "openTime", "bad-date", "CNVD-2026-90003 has no readable openTime (YYYY-MM-DD)"));
        assertThat(parsed.get(3).outcome())
                .isEqualTo(new ParseOutcome.Rejected("number", "bad-id", "not a CNVD number: NOT-AN-ID"));
    }

    @Test
    void truncatedFileKeepsRecordsBeforeTheBreakAndRejectsTheRest() {
        List<Parsed> parsed = run(format, resource(getClass(), "cnvd-truncated.xml"));

        assertThat(parsed).hasSize(2);
        Vulnerability first = vulnerability(parsed.get(0));
        assertThat(first.id()).isEqualTo("CNVD-2026-90004");
        assertThat(first.severity()).isEqualTo(Severity.LOW);
        assertThat(first.affectedObject()).isEqualTo(AffectedObject.NETWORK_DEVICE);
        assertThat(parsed.get(1).outcome())
                .isInstanceOfSatisfying(
                        ParseOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("bad-framing"));
    }

    @Test
    void refusesExternalEntities() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE vulnerabilitys [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <vulnerabilitys><vulnerability><number>CNVD-2026-90009</number><title>&secret;</title>
                <openTime>2026-11-27</openTime></vulnerability></vulnerabilitys>
                """;

        List<Parsed> parsed = run(format, xml);

        assertThat(parsed).isNotEmpty();
        assertThat(parsed).noneSatisfy(p -> assertThat(p.outcome()).isInstanceOf(ParseOutcome.Vulnerabilities.class));
    }

    @Test
    void refusesAHugeTextNodeWithoutBuildingIt() {
        String xml = "<vulnerabilitys><vulnerability><number>CNVD-2026-90010</number><description>"
                + "x".repeat(CnvdXml.MAX_TEXT_CHARS + 10)
                + "</description></vulnerability>"
                + "<vulnerability><number>CNVD-2026-90011</number></vulnerability></vulnerabilitys>";

        List<Parsed> parsed = run(format, xml);

        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).outcome()).isInstanceOfSatisfying(ParseOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("bad-framing");
            assertThat(rejected.detail()).doesNotContain("\n").contains(String.valueOf(CnvdXml.MAX_TEXT_CHARS));
        });
    }

    @Test
    void refusesARecordPastItsBoundMadeOfManySmallNodes() {
        String element = "<reference>" + "r".repeat(1000) + "</reference>";
        String xml = "<vulnerabilitys><vulnerability><number>CNVD-2026-90012</number>"
                + element.repeat(CnvdXml.MAX_RECORD_CHARS / 1000 + 10)
                + "</vulnerability></vulnerabilitys>";

        List<Parsed> parsed = run(format, xml);

        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).outcome())
                .isInstanceOfSatisfying(
                        ParseOutcome.Rejected.class,
                        rejected -> assertThat(rejected.detail()).contains("record longer than"));
    }

    @Test
    void refusesNestingDeeperThanItsBound() {
        String xml = "<vulnerabilitys><vulnerability>" + "<a>".repeat(CnvdXml.MAX_DEPTH + 5)
                + "</a>".repeat(CnvdXml.MAX_DEPTH + 5) + "</vulnerability></vulnerabilitys>";

        List<Parsed> parsed = run(format, xml);

        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).outcome()).isInstanceOf(ParseOutcome.Rejected.class);
    }

    @Test
    void refusesEntityExpansion() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <vulnerabilitys><vulnerability><number>CNVD-2026-90013</number><title>&lol2;</title>
                <openTime>2026-11-27</openTime></vulnerability></vulnerabilitys>
                """;

        List<Parsed> parsed = run(format, xml);

        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).outcome()).isInstanceOf(ParseOutcome.Rejected.class);
    }

    @Test
    void detectsTheMisspelledRoot() {
        assertThat(format.detect(FormatRun.sample("cnvd.xml", resource(getClass(), "cnvd-weekly.xml"))))
                .isEqualTo(95);
        assertThat(format.detect(FormatRun.sample("x.xml", "<rss>"))).isZero();
    }
}
