package org.sitrep.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.cases.Grade;
import org.sitrep.report.BulletinFixtures;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.Overview;
import org.sitrep.report.model.RatingBand;

/**
 * Every sentence of the fixture issue (see {@link BulletinFixtures} for the numbers and the hand computations), in
 * both languages.
 */
class BulletinWriterTest {
    private final BulletinView view = BulletinFixtures.week45();
    private final WrittenBulletin zh = BulletinWriter.write(view, Language.CHINESE);
    private final WrittenBulletin en = BulletinWriter.write(view, Language.ENGLISH);

    @Test
    void titles() {
        assertThat(zh.title()).isEqualTo("网络安全信息与动态周报2024年第45期（11月4日-11月10日）");
        assertThat(en.title()).isEqualTo("Cyber Security Weekly Bulletin 2024 No. 45 (Nov 4 – Nov 10)");
        assertThat(zh.sections())
                .extracting(WrittenBulletin.Section::id)
                .containsExactly("overview", "malware", "websites", "vulnerabilities", "incidents", "recent", "about");
    }

    @Test
    void overviewInChinese() {
        assertThat(zh.section("overview").heading()).isEqualTo("一、本周网络安全基本态势");
        assertThat(zh.section("overview").paragraphs())
                .containsExactly(
                        "本周，互联网网络安全态势整体评价为良。",
                        "我国互联网基础设施运行整体平稳，全国范围或省级行政区域内未发生造成重大影响的基础设施运行安全事件。",
                        "针对政府、企业以及广大互联网用户的主要安全威胁来自于软件高危漏洞、恶意代码传播以及网站攻击。");
    }

    @Test
    void overviewInEnglish() {
        assertThat(en.section("overview").paragraphs())
                .containsExactly(
                        "This week, the overall cyber security situation of the internet was rated Good.",
                        "The country's basic internet infrastructure operated stably overall; no infrastructure security"
                                + " incident of major impact occurred nationwide or within any province.",
                        "The main security threats to government, businesses and internet users came from high-severity"
                                + " software vulnerabilities, the spread of malicious code and attacks on websites.");
    }

    @Test
    void infrastructureIncidentsAreCountedByGrade() {
        BulletinView withIncidents = new BulletinView(
                view.week(),
                new Overview(RatingBand.FAIR, List.of(Grade.LARGE, Grade.MAJOR, Grade.LARGE), List.of()),
                view.malware(),
                view.websites(),
                view.vulnerabilities(),
                view.incidents(),
                view.trends(),
                view.recentIssues(),
                view.organisation(),
                view.blocklist());

        assertThat(BulletinWriter.write(withIncidents, Language.CHINESE)
                        .section("overview")
                        .paragraphs())
                .containsExactly("本周，互联网网络安全态势整体评价为中。", "本周，全国范围或省级行政区域内发生影响互联网基础设施运行安全的事件3起，其中重大事件1起和较大事件2起。");
        assertThat(BulletinWriter.write(withIncidents, Language.ENGLISH)
                        .section("overview")
                        .paragraphs())
                .contains("This week, 3 incidents affecting the security of basic internet infrastructure occurred"
                        + " nationwide or within a province: 1 of grade major (II) and 2 of grade large (III).");
    }

    @Test
    void headlineRowsCarryBothWeeksAndTheChange() {
        Block.Headline headline = zh.section("overview").blocks().stream()
                .filter(Block.Headline.class::isInstance)
                .map(Block.Headline.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(headline.header()).containsExactly("指标", "本周", "上周", "环比");
        assertThat(headline.rows())
                .containsExactly(
                        // 578898 is written as its parts add up (57.8); 493500 alone would round to 49.4, but last
                        // week's issue wrote it as its parts 24.6 + 24.7 = 49.3, and that is what it restates.
                        new Block.HeadlineRow("境内感染网络病毒的主机数", "57.8万", "49.3万", "▲17.3%", "up", false),
                        new Block.HeadlineRow("境内被篡改网站总数", "2836", "3142", "▼9.7%", "down", false),
                        new Block.HeadlineRow("其中政府网站数", "47", "47", "持平", "flat", true),
                        new Block.HeadlineRow("境内被植入后门网站总数", "1793", "0", "—", "none", false),
                        new Block.HeadlineRow("其中政府网站数", "29", "25", "▲16.0%", "up", true),
                        new Block.HeadlineRow("针对境内网站的仿冒页面数", "6663", "5460", "▲22.0%", "up", false),
                        new Block.HeadlineRow("新增信息安全漏洞数", "412", "380", "▲8.4%", "up", false),
                        new Block.HeadlineRow("其中高危漏洞数", "131", "140", "▼6.4%", "down", true));
    }

    @Test
    void englishHeadlineWritesHostsInFull() {
        Block.Headline headline = (Block.Headline) en.section("overview").blocks().stream()
                .filter(Block.Headline.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(headline.rows().getFirst())
                .isEqualTo(new Block.HeadlineRow(
                        "Domestic hosts infected with malware", "578,000", "493,000", "▲17.3%", "up", false));
        assertThat(headline.rows().get(2).change()).isEqualTo("unchanged");
    }

    @Test
    void malwareInChinese() {
        assertThat(zh.section("malware").paragraphs())
                .containsExactly(
                        "本周境内感染网络病毒的主机数量约为57.8万个，较上周环比上升了17.3%，其中包括境内被木马或被僵尸程序控制的主机约32.2万（较上周环比上升了30.8%）以及境内感染蠕虫的主机约25.6万（较上周环比上升了3.8%）。",
                        "木马或僵尸程序受控主机在我国境内的分布情况如图2所示，排名前三位的分别是广东省、浙江省和江苏省。",
                        "本周EXCERT捕获了新增网络病毒文件，按网络病毒名称统计新增41个，按网络病毒家族统计新增3个。",
                        "放马站点是网络病毒传播的源头。本周，EXCERT监测发现的放马站点共涉及域名240个，涉及IP地址175个。"
                                + "在240个域名中，有约27.9%为境外注册，且顶级域为.com的约占54.2%；在175个IP中，有约56.0%位于境外。"
                                + "根据对放马URL的分析发现，大部分放马站点是通过域名访问，而通过IP直接访问的涉及12个IP。",
                        "针对EXCERT自主监测发现以及各单位报送数据，EXCERT积极协调域名注册机构等进行处理，"
                                + "同时随本期周报发布本周放马站点恶意地址黑名单（URL 3个，域名2个，IP地址1个）。");
    }

    /** Each category's own change, from its unrounded counts, as a rise, a fall, no change, or left out. */
    @org.junit.jupiter.params.ParameterizedTest(name = "trojan {0} → {1}, worm {2} → {3}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                // 221000 / 167700 − 1 = 31.78% ↑; 265000 / 292800 − 1 = −9.49% ↓ (the issue's example)
                "167700|221000|292800|265000|（较上周环比上升了31.8%）|（较上周环比下降了9.5%）"
                        + "|(up 31.8% from last week)|(down 9.5% from last week)",
                // worms last week 0: the change is undefined and its clause left out
                "221000|221000|0|265000|（与上周持平）||(unchanged from last week)|",
            })
    void statesTheChangeOfEachCategory(
            long trojanLast,
            long trojanNow,
            long wormLast,
            long wormNow,
            String trojanZh,
            String wormZh,
            String trojanEn,
            String wormEn) {
        org.sitrep.report.model.MalwareSection malware = view.malware();
        org.sitrep.report.model.MalwareSection split = new org.sitrep.report.model.MalwareSection(
                new org.sitrep.report.model.WeekCount(trojanNow + wormNow, trojanLast + wormLast),
                new org.sitrep.report.model.WeekCount(trojanNow, trojanLast),
                new org.sitrep.report.model.WeekCount(wormNow, wormLast),
                malware.byProvince(),
                malware.newMalwareNames(),
                malware.newMalwareFamilies(),
                malware.dropSites());
        String zhTrojan = trojanZh == null ? "" : trojanZh;
        String zhWorm = wormZh == null ? "" : wormZh;
        String enTrojan = trojanEn == null ? "" : " " + trojanEn;
        String enWorm = wormEn == null ? "" : " " + wormEn;

        assertThat(new MalwareWriter(Wording.of(Language.CHINESE), "EXCERT").hosts(split))
                .contains("被木马或被僵尸程序控制的主机约" + Language.CHINESE.tenThousands(Decimals.tenThousands(trojanNow))
                        + "万" + zhTrojan + "以及境内感染蠕虫的主机约"
                        + Language.CHINESE.tenThousands(Decimals.tenThousands(wormNow)) + "万" + zhWorm + "。");
        assertThat(new MalwareWriter(Wording.of(Language.ENGLISH), "EXCERT").hosts(split))
                .contains("hosts controlled by trojans or bots" + enTrojan + " and about")
                .endsWith("hosts infected by worms" + enWorm + ".");
    }

    @Test
    void malwareInEnglish() {
        assertThat(en.section("malware").paragraphs())
                .containsExactly(
                        "This week, about 578,000 domestic hosts were infected with malware, up 17.3% from last week,"
                                + " including about 322,000 hosts controlled by trojans or bots (up 30.8% from last week)"
                                + " and about 256,000 hosts infected by worms (up 3.8% from last week).",
                        "The distribution of hosts controlled by trojans or bots across the country is shown in Figure 2;"
                                + " the three provinces with the most were Guangdong, Zhejiang and Jiangsu.",
                        "This week, EXCERT captured new malware files: 41 new malware names and 3 new malware families.",
                        "Malware download sites are where malware spreads from. This week, the download sites EXCERT"
                                + " detected involved 240 domains and 175 IP addresses. Of the 240 domains, about 27.9% were"
                                + " registered abroad and about 54.2% were under .com; of the 175 IP addresses, about 56.0%"
                                + " were located abroad. Analysis of the download URLs shows that most sites were reached by"
                                + " domain name, while 12 IP addresses were accessed directly.",
                        "For the sites found by its own monitoring and reported by others, EXCERT coordinated domain"
                                + " registrars and other parties to take action, and publishes with this issue the blocklist"
                                + " of this week's malware download addresses (URLs: 3; domains: 2; IP addresses: 1).");
    }

    @Test
    void websitesInChinese() {
        assertThat(zh.section("websites").paragraphs())
                .containsExactly(
                        "本周EXCERT监测发现境内被篡改网站数量为2836个；境内被植入后门的网站数量为1793个；针对境内网站的仿冒页面数量为6663个。",
                        "本周境内被篡改政府网站（GOV类）数量为47个（约占境内1.7%），与上周持平；"
                                + "境内被植入后门的政府网站（GOV类）数量为29个（约占境内1.6%），较上周环比上升了16.0%；"
                                + "针对境内网站的仿冒页面涉及域名1517个，IP地址512个，平均每个IP地址承载了约13个仿冒页面。",
                        "在已掌握控制端地址的120个被植入后门网站中，有84个网站的控制端位于境外，约占70.0%。",
                        "从仿冒对象所属行业看，银行类仿冒页面5200个、支付类仿冒页面800个和其他/未知类仿冒页面663个。",
                        "境内被篡改网站和被植入后门网站按域名类型的分布分别如图6和图7所示。");
    }

    @Test
    void websitesInEnglish() {
        assertThat(en.section("websites").paragraphs())
                .containsExactly(
                        // backdoored: last week 0, so no change clause.
                        "This week, EXCERT detected 2,836 defaced domestic websites, down 9.7% from last week, 1,793"
                                + " domestic websites with backdoors and 6,663 phishing pages targeting domestic websites,"
                                + " up 22.0% from last week.",
                        "Defaced government (GOV) websites numbered 47 (about 1.7% of the domestic total), unchanged from"
                                + " last week; government (GOV) websites with backdoors numbered 29 (about 1.6% of the"
                                + " domestic total), up 16.0% from last week. The phishing pages targeting domestic websites"
                                + " were hosted on 1,517 domains and 512 IP addresses, an average of about 13 phishing pages"
                                + " per IP address.",
                        "Of the 120 backdoored websites whose controlling address is known, 84 were controlled from"
                                + " abroad, about 70.0%.",
                        "By the sector imitated, there were 5,200 bank phishing pages, 800 payment phishing pages and 663"
                                + " other/unknown phishing pages.",
                        "The distribution of defaced websites and of websites with backdoors by domain kind is shown in"
                                + " Figure 6 and Figure 7.");
    }

    @Test
    void vulnerabilitiesInChinese() {
        assertThat(zh.section("vulnerabilities").paragraphs())
                .containsExactly(
                        "本周，示例漏洞共享平台（EXVD）新收录网络安全漏洞412个，较上周环比上升了8.4%，信息安全漏洞威胁整体评价级别为中。"
                                + "其中高危漏洞131个、中危漏洞240个、低危漏洞41个，高危漏洞数量较上周环比下降了6.4%；"
                                + "可被利用实施远程攻击的漏洞301个，“零日”漏洞98个，已知被利用的漏洞5个。",
                        "本周EXVD收录的网络安全漏洞中，应用程序漏洞占比最高，其次是WEB应用漏洞和网络设备漏洞。", "本周重要漏洞见表1。", "更多漏洞有关的详细情况，请见EXVD漏洞周报。");
        Block.Table table = (Block.Table) zh.section("vulnerabilities").blocks().stream()
                .filter(Block.Table.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(table.caption()).isEqualTo("表1 本周重要漏洞");
        assertThat(table.rows().getFirst())
                .containsExactly(
                        "EXVD-2024-41001 (CVE-2024-0001)",
                        "Example Router remote command execution",
                        "网络设备",
                        "高危",
                        "9.8",
                        "零日、已被利用");
    }

    @Test
    void vulnerabilitiesInEnglish() {
        assertThat(en.section("vulnerabilities").paragraphs().subList(0, 2))
                .containsExactly(
                        "This week, the Example Vulnerability Database (EXVD) recorded 412 new vulnerabilities, up 8.4%"
                                + " from last week; the overall vulnerability threat level was medium. Of these, 131 were of"
                                + " high severity, 240 of medium severity and 41 of low severity, the high-severity count down"
                                + " 6.4% from last week; 301 could be exploited remotely, 98 were zero-days and 5 were known"
                                + " to be exploited.",
                        "Among the vulnerabilities the EXVD recorded this week, application vulnerabilities were the most"
                                + " numerous, followed by web application and network device vulnerabilities.");
    }

    @Test
    void incidentsInChinese() {
        assertThat(zh.section("incidents").paragraphs())
                .containsExactly(
                        "本周，EXCERT协调基础电信运营企业、云服务商、域名注册服务机构、应用商店、各省分中心以及国际合作组织共处理网络安全事件1245起，"
                                + "含跨境网络安全事件312起。其中，协调境内外域名注册机构、境外CERT等机构重点处理880起仿冒投诉事件；"
                                + "协调7个提供恶意移动应用程序下载服务的平台开展移动互联网恶意代码处理工作，共处理传播移动互联网恶意代码的恶意URL链接96个。",
                        "根据仿冒对象涉及行业划分，主要包含银行仿冒事件610起和支付仿冒事件150起。",
                        // 880 / 1245 = 70.68…%
                        "本周处理的网络安全事件按类型分布如图10所示，其中网页仿冒事件最多，共880起，约占70.7%。");
    }

    @Test
    void incidentsInEnglish() {
        assertThat(en.section("incidents").paragraphs())
                .containsExactly(
                        "This week, EXCERT coordinated with telecom operators, cloud providers, domain registrars, app"
                                + " stores, provincial branches and international partners and handled 1,245 cyber security"
                                + " incidents, of which 312 were cross-border. Among them, working with domain registrars at"
                                + " home and abroad, foreign CERTs and others, it handled 880 phishing complaints; working with"
                                + " 7 platforms that offered malicious mobile apps for download, it handled 96 malicious URLs"
                                + " spreading mobile malware.",
                        "By the sector imitated, the phishing cases included 610 bank phishing cases and 150 payment"
                                + " phishing cases.",
                        "The incidents handled this week by type are shown in Figure 10; phishing incidents were the most"
                                + " numerous, with 880 cases, about 70.7%.");
    }

    @Test
    void recentIssuesAndAbout() {
        Block.Links links = (Block.Links) zh.section("recent").blocks().getFirst();
        assertThat(links.links()).hasSize(5);
        assertThat(links.links().getFirst())
                .isEqualTo(new Block.Link("网络安全信息与动态周报2024年第44期（10月28日-11月3日）", "2024-W44/bulletin.html"));
        assertThat(zh.section("about").heading()).isEqualTo("关于示例国家计算机网络应急响应中心");
        assertThat(en.section("about").heading()).isEqualTo("About Example National Computer Emergency Response Team");
    }

    @Test
    void figuresAreNumberedInOrderWithCaptions() {
        List<Block.Figure> figures = zh.sections().stream()
                .flatMap(section -> section.blocks().stream())
                .filter(Block.Figures.class::isInstance)
                .flatMap(block -> ((Block.Figures) block).figures().stream())
                .toList();
        assertThat(figures)
                .extracting(figure -> figure.chart().number())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(figures.getFirst().caption()).isEqualTo("图1 近12周境内感染网络病毒主机数量");
        assertThat(figures.get(8).caption()).isEqualTo("图9 本周EXVD收录漏洞按影响对象类型分布");
        Block.Figures first = (Block.Figures) en.section("malware").blocks().get(1);
        assertThat(first.figures().getFirst().caption())
                .isEqualTo("Figure 1. Domestic hosts infected with malware, last 12 weeks");
    }
}
