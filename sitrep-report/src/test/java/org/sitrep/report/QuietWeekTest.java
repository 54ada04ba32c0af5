package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.report.charts.BulletinCharts;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.EmptySections;
import org.sitrep.report.model.Overview;
import org.sitrep.report.text.Block;
import org.sitrep.report.text.BulletinWriter;
import org.sitrep.report.text.FigureKind;
import org.sitrep.report.text.Language;
import org.sitrep.report.text.WrittenBulletin;

/**
 * A week with nothing in it still renders, and says it has no data: a section without data says so (or is left out,
 * configurable) instead of printing zeros as measurements, and a week without any data is not rated.
 */
class QuietWeekTest {
    private final BulletinView view = BulletinFixtures.quietWeek();

    @Test
    void sectionsWithNothingToCountSayTheyHaveNoDataInsteadOfPrintingZeros() {
        WrittenBulletin zh = BulletinWriter.write(view, Language.CHINESE);

        assertThat(zh.section("overview").paragraphs()).hasSize(2);
        assertThat(zh.section("malware").heading()).isEqualTo("二、本周网络病毒活动情况");
        assertThat(zh.section("malware").paragraphs()).containsExactly("本周无网络病毒活动监测数据。");
        assertThat(zh.section("websites").paragraphs()).containsExactly("本周无网站安全监测数据。");
        assertThat(zh.section("vulnerabilities").paragraphs()).containsExactly("本周示例漏洞共享平台（EXVD）无新收录网络安全漏洞数据。");
        assertThat(zh.section("incidents").paragraphs()).containsExactly("本周无事件处理数据。");
        assertThat(zh.section("recent").paragraphs()).containsExactly("暂无往期周报。");
        assertThat(String.join("", zh.section("incidents").paragraphs())).doesNotContain("0起");

        WrittenBulletin en = BulletinWriter.write(view, Language.ENGLISH);
        assertThat(en.section("malware").paragraphs())
                .containsExactly("No malware activity data were received this week.");
        assertThat(en.section("incidents").paragraphs())
                .containsExactly("No incident handling data were recorded this week.");
    }

    @Test
    void aWeekWithoutCasesSaysSoAndKeepsTheOtherSections() {
        BulletinView week45 = BulletinFixtures.week45();
        BulletinView withoutCases = new BulletinView(
                week45.week(),
                week45.overview(),
                week45.malware(),
                week45.websites(),
                week45.vulnerabilities(),
                BulletinFixtures.quietWeek().incidents(),
                week45.trends(),
                week45.recentIssues(),
                week45.organisation(),
                week45.blocklist());

        WrittenBulletin zh = BulletinWriter.write(withoutCases, Language.CHINESE);
        assertThat(zh.section("incidents").paragraphs()).containsExactly("本周无事件处理数据。");
        assertThat(zh.section("malware").paragraphs()).hasSize(5);
    }

    @Test
    void sectionsWithoutDataAreLeftOutWhenConfigured() {
        BulletinView omitting = new BulletinView(
                view.week(),
                view.overview(),
                view.malware(),
                view.websites(),
                view.vulnerabilities(),
                view.incidents(),
                view.trends(),
                view.recentIssues(),
                view.organisation(),
                view.blocklist(),
                EmptySections.OMIT);

        assertThat(BulletinWriter.write(omitting, Language.CHINESE).sections())
                .extracting(WrittenBulletin.Section::id)
                .containsExactly("overview", "recent", "about");
    }

    @Test
    void aWeekWithoutAnyDataIsNotRatedAndHasNoHeadlineOfZeros() {
        BulletinView empty = new BulletinView(
                view.week(),
                Overview.unrated(),
                view.malware(),
                view.websites(),
                view.vulnerabilities(),
                view.incidents(),
                view.trends(),
                view.recentIssues(),
                view.organisation(),
                view.blocklist());

        WrittenBulletin zh = BulletinWriter.write(empty, Language.CHINESE);
        assertThat(zh.section("overview").paragraphs()).containsExactly("本周无监测数据，不作整体评价。");
        assertThat(zh.section("overview").blocks())
                .noneMatch(Block.Headline.class::isInstance)
                .anySatisfy(block ->
                        assertThat(block).isEqualTo(new Block.Rating("网络安全态势整体评价", "无数据", "none", "网络安全态势整体评价：无数据")));
        assertThat(BulletinWriter.write(empty, Language.ENGLISH)
                        .section("overview")
                        .paragraphs())
                .containsExactly("No monitoring data were received this week; the overall situation is not rated.");
        BulletinRenderer renderer = new BulletinRenderer();
        assertThat(renderer.html(empty, Language.CHINESE)).contains("无数据").doesNotContain("评价为优");
    }

    @Test
    void chartsSayThereIsNoData() {
        Map<FigureKind, String> charts = BulletinCharts.draw(view, Language.ENGLISH);

        assertThat(charts).hasSize(FigureKind.values().length);
        assertThat(charts.get(FigureKind.CASES_BY_TYPE)).contains("No data this week");
        assertThat(charts.get(FigureKind.INFECTED_TREND)).contains("No data this week");
    }

    @Test
    void pageRendersInBothLanguages() {
        BulletinRenderer renderer = new BulletinRenderer();
        assertThat(renderer.html(view, Language.CHINESE)).contains("网络安全信息与动态周报");
        assertThat(renderer.html(view, Language.ENGLISH)).contains("Cyber Security Weekly Bulletin");
    }
}
