package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.figures.FigureStore.IN_W44;
import static org.sitrep.core.figures.FigureStore.IN_W45;
import static org.sitrep.core.figures.FigureStore.W45;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebsiteFiguresIT {

    private FigureStore store;

    @BeforeEach
    void open() throws Exception {
        store = new FigureStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** Defaced and backdoored sites of W45 and W44. */
    private void sites() throws Exception {
        // defaced in W45: www.example.gov.cn twice (two feeds) → 1 site, government
        store.event("defacement", IN_W45)
                .site("www.example.gov.cn")
                .government()
                .insert();
        store.event("defacement", IN_W45)
                .feed("feed-b")
                .site("www.example.gov.cn")
                .government()
                .insert();
        // news.example.gov.cn: another FQDN of the same registered domain → a second site
        store.event("defacement", IN_W45)
                .site("news.example.gov.cn")
                .government()
                .insert();
        // www.example.edu.cn: government by a configured extra pattern (the ingest set the column)
        store.event("defacement", IN_W45)
                .site("www.example.edu.cn")
                .government()
                .insert();
        // shop.example.com, www.example.com.cn, example.net, example.org: not government
        store.event("defacement", IN_W45).site("shop.example.com").insert();
        store.event("defacement", IN_W45).site("www.example.com.cn").insert();
        store.event("defacement", IN_W45).site("example.net").insert();
        store.event("defacement", IN_W45).site("www.example.org").insert();
        // a site ending in gov.cn that the ingest did not mark government is counted by the column: not government
        store.event("defacement", IN_W45).site("fake.gov.cn.example.com").insert();
        // abroad: not counted
        store.event("defacement", IN_W45).site("www.example.de").abroad().insert();
        // W44: 4 defaced, 2 of them government
        store.event("defacement", IN_W44).site("a.example.gov.cn").government().insert();
        store.event("defacement", IN_W44).site("b.example.gov.cn").government().insert();
        store.event("defacement", IN_W44).site("c.example.com").insert();
        store.event("defacement", IN_W44).site("d.example.com").insert();

        // backdoored in W45: two gov sites and one .com; controllers 203.0.113.50 (US, twice), 198.51.100.50 (CN),
        // 203.0.113.51 with no known country
        store.event("backdoor", IN_W45)
                .site("www.example.gov.cn")
                .government()
                .controller("203.0.113.50", "US")
                .insert();
        store.event("backdoor", IN_W45)
                .site("oa.example.gov.cn")
                .government()
                .controller("203.0.113.50", "US")
                .insert();
        store.event("backdoor", IN_W45)
                .site("www.example.com")
                .controller("198.51.100.50", "CN")
                .insert();
        store.event("backdoor", IN_W45)
                .site("www.example.com")
                .controller("203.0.113.51", null)
                .insert();
        // backdoored abroad with a foreign controller: not counted at all
        store.event("backdoor", IN_W45)
                .site("www.example.us")
                .abroad()
                .controller("203.0.113.52", "US")
                .insert();
    }

    @Test
    void countsDefacedSitesAndTheirGovernmentShareByTheColumn() throws Exception {
        sites();
        WeeklyFigures figures = store.engine().compute(W45);
        // www.example.gov.cn, news.example.gov.cn, www.example.edu.cn, shop.example.com, www.example.com.cn,
        // example.net, www.example.org, fake.gov.cn.example.com → 8 (www.example.de is abroad)
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED).thisWeek()).isEqualTo(8L);
        // government by the column: the two .gov.cn sites + www.example.edu.cn → 3
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED_GOV).thisWeek()).isEqualTo(3L);
        // share 3 / 8 × 100 = 37.5; last week 2 / 4 × 100 = 50.0
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED_GOV_SHARE).thisWeek())
                .isEqualTo(37.5);
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED_GOV_SHARE).lastWeek())
                .isEqualTo(50.0);
        // WoW: defaced (8 − 4) / 4 = +100 %; government (3 − 2) / 2 = +50 %
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED).change().percent()).isEqualTo(100.0);
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED_GOV).change().percent())
                .isEqualTo(50.0);
    }

    @Test
    void countsBackdooredSitesAndControllersAbroad() throws Exception {
        sites();
        WeeklyFigures figures = store.engine().compute(W45);
        // www.example.gov.cn, oa.example.gov.cn, www.example.com → 3, of which government 2 → 66.66… %
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOORED).thisWeek()).isEqualTo(3L);
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOORED_GOV).thisWeek()).isEqualTo(2L);
        assertThat((Double)
                        figures.figure(FigureId.WEBSITES_BACKDOORED_GOV_SHARE).thisWeek())
                .isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        // no backdoor last week: share undefined (no whole), change undefined with a reason
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOORED_GOV_SHARE).lastWeek())
                .isNull();
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOORED_GOV_SHARE)
                        .change()
                        .reason())
                .isEqualTo(Change.NO_VALUE);
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOORED).change().reason())
                .isEqualTo(Change.LAST_WEEK_ZERO);
        // controllers of domestic sites: 203.0.113.50, 198.51.100.50, 203.0.113.51 → 3; abroad: 203.0.113.50 → 1
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOOR_CONTROLLERS).thisWeek())
                .isEqualTo(3L);
        assertThat(figures.figure(FigureId.WEBSITES_BACKDOOR_CONTROLLERS_ABROAD).thisWeek())
                .isEqualTo(1L);
    }

    @Test
    void splitsSitesByDomainKind() throws Exception {
        sites();
        WeeklyFigures figures = store.engine().compute(W45);
        // defaced: gov.cn 2 (www., news.); com 2 (shop.example.com, fake.gov.cn.example.com); net 1; org 1;
        // other 2 (www.example.edu.cn, www.example.com.cn: .com.cn is not .com)
        assertThat(figures.distribution(DistributionId.DEFACED_BY_DOMAIN_KIND).entries())
                .containsExactly(
                        new Distribution.Entry("com", 2),
                        new Distribution.Entry("gov.cn", 2),
                        new Distribution.Entry("other", 2),
                        new Distribution.Entry("net", 1),
                        new Distribution.Entry("org", 1));
        // backdoored: gov.cn 2, com 1, the rest 0 (listed, so that a pie has every kind)
        assertThat(figures.distribution(DistributionId.BACKDOORED_BY_DOMAIN_KIND)
                        .entries())
                .containsExactly(
                        new Distribution.Entry("gov.cn", 2),
                        new Distribution.Entry("com", 1),
                        new Distribution.Entry("net", 0),
                        new Distribution.Entry("org", 0),
                        new Distribution.Entry("other", 0));
    }

    @Test
    void countsPhishingPagesTargetingDomesticSites() throws Exception {
        // three pages on login.example.net (203.0.113.60), one twice by two feeds
        store.event("phishing", IN_W45)
                .url("http://login.example.net/bank1")
                .ip("203.0.113.60")
                .domain("example.net", "net")
                .target(true, "bank")
                .insert();
        store.event("phishing", IN_W45)
                .feed("feed-b")
                .url("http://login.example.net/bank1")
                .ip("203.0.113.60")
                .domain("example.net", "net")
                .target(true, "bank")
                .insert();
        store.event("phishing", IN_W45)
                .url("http://login.example.net/pay")
                .ip("203.0.113.60")
                .domain("example.net", "net")
                .target(true, "payment")
                .insert();
        store.event("phishing", IN_W45)
                .url("http://login.example.net/x")
                .ip("203.0.113.60")
                .domain("example.net", "net")
                .target(true, null)
                .insert();
        // one page on an IP-literal URL at 203.0.113.61: an IP, no domain
        store.event("phishing", IN_W45)
                .url("http://203.0.113.61/bank2")
                .ip("203.0.113.61")
                .ipLiteral()
                .target(true, "bank")
                .insert();
        // one page on example.org (203.0.113.62) imitating a foreign bank: not counted
        store.event("phishing", IN_W45)
                .url("http://example.org/foreign")
                .ip("203.0.113.62")
                .domain("example.org", "org")
                .target(false, "bank")
                .insert();
        WeeklyFigures figures = store.engine().compute(W45);
        // pages: bank1, pay, x, 203.0.113.61/bank2 → 4; domains: example.net → 1; IPs: .60, .61 → 2
        assertThat(figures.figure(FigureId.WEBSITES_PHISHING_PAGES).thisWeek()).isEqualTo(4L);
        assertThat(figures.figure(FigureId.WEBSITES_PHISHING_DOMAINS).thisWeek())
                .isEqualTo(1L);
        assertThat(figures.figure(FigureId.WEBSITES_PHISHING_IPS).thisWeek()).isEqualTo(2L);
        // 4 pages / 2 IPs = 2.0
        assertThat(figures.figure(FigureId.WEBSITES_PHISHING_PAGES_PER_IP).thisWeek())
                .isEqualTo(2.0);
        // sectors: bank 2 (bank1, bank2), payment 1, unknown 1
        assertThat(figures.distribution(DistributionId.PHISHING_BY_SECTOR).entries())
                .containsExactly(
                        new Distribution.Entry("bank", 2),
                        new Distribution.Entry("payment", 1),
                        new Distribution.Entry("unknown", 1));
        // no page last week: pages per IP undefined
        assertThat(figures.figure(FigureId.WEBSITES_PHISHING_PAGES_PER_IP).lastWeek())
                .isNull();
    }
}
