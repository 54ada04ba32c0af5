package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.report.charts.BulletinCharts;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.text.BulletinWriter;
import org.sitrep.report.text.FigureKind;
import org.sitrep.report.text.Language;
import org.sitrep.report.text.WrittenBulletin;

/** A week with nothing in it still renders: sentences that would divide by zero or name nothing are left out. */
class QuietWeekTest {
    private final BulletinView view = BulletinFixtures.quietWeek();

    @Test
    void leavesOutSharesRankingsAndChangesItCannotState() {
        WrittenBulletin zh = BulletinWriter.write(view, Language.CHINESE);

        assertThat(zh.section("overview").paragraphs()).hasSize(2);
        assertThat(zh.section("malware").paragraphs())
                .containsExactly(
                        "本周境内感染网络病毒的主机数量约为0.0万个，其中包括境内被木马或被僵尸程序控制的主机约0.0万以及境内感染蠕虫的主机约0.0万。",
                        "本周EXCERT捕获了新增网络病毒文件，按网络病毒名称统计新增0个，按网络病毒家族统计新增0个。",
                        "放马站点是网络病毒传播的源头。本周，EXCERT监测发现的放马站点共涉及域名0个，涉及IP地址0个。",
                        "针对EXCERT自主监测发现以及各单位报送数据，EXCERT积极协调域名注册机构等进行处理，"
                                + "同时随本期周报发布本周放马站点恶意地址黑名单（URL 0个，域名0个，IP地址0个）。");
        assertThat(zh.section("websites").paragraphs().get(1))
                .isEqualTo("本周境内被篡改政府网站（GOV类）数量为0个；境内被植入后门的政府网站（GOV类）数量为0个；" + "针对境内网站的仿冒页面涉及域名0个，IP地址0个。");
        assertThat(zh.section("incidents").paragraphs())
                .containsExactly("本周，EXCERT共处理网络安全事件0起，含跨境网络安全事件0起。其中，协调境内外域名注册机构、境外CERT等机构重点处理0起仿冒投诉事件；"
                        + "协调0个提供恶意移动应用程序下载服务的平台开展移动互联网恶意代码处理工作，共处理传播移动互联网恶意代码的恶意URL链接0个。");
        assertThat(zh.section("recent").paragraphs()).containsExactly("暂无往期周报。");
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
