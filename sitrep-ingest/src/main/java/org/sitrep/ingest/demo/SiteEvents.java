package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Defaced and backdoored web sites. A week's share of government sites comes from its plan (it doubles in the
 * spike week); some sites are hit often (a skewed draw), so sites recur within and across weeks. A backdoor event
 * names its controller in {@code destination.*} when the feed knows it, often abroad.
 */
final class SiteEvents {
    private static final String[] DEFACED_PAGES = {
        "", "index.html", "index.php", "hacked.html", "news/notice.htm", "a.htm"
    };
    private static final String[] SHELL_PATHS = {
        "upload/1.php",
        "images/conn.jsp",
        "admin/x.aspx",
        "wp-content/plugins/cache.php",
        "data/config.asp",
        "tmp/s.php"
    };
    private static final String[] SHELLS = {"chopper", "behinder", "godzilla", "antsword", "b374k", "weevely"};

    private final DemoWeek week;

    SiteEvents(DemoWeek week) {
        this.week = week;
    }

    int defacement(Rng rng, long time, JsonLine line, Writer out) throws IOException {
        Site site = site(rng, week.plan().governmentDefacedShare(), 0);
        String url = "http://" + site.fqdn + "/" + rng.pick(DEFACED_PAGES);
        boolean mirror = rng.chance(0.25);
        line(mirror ? Feed.DEFACEMENT_MIRROR : Feed.DEFACEMENTS, rng, time, line, "defacement", site, url)
                .text("tlp", "AMBER")
                .writeTo(out);
        if (!rng.chance(0.10)) {
            return 1;
        }
        long later = time + 300 + rng.nextInt(20_000);
        line(mirror ? Feed.DEFACEMENTS : Feed.DEFACEMENT_MIRROR, rng, later, line, "defacement", site, url)
                .text("tlp", "AMBER")
                .writeTo(out);
        return 2;
    }

    int backdoor(Rng rng, long time, JsonLine line, Writer out) throws IOException {
        Site site =
                site(rng, week.plan().governmentBackdoorShare(), week.world().sites() / 2);
        String url = "http://" + site.fqdn + "/" + rng.pick(SHELL_PATHS);
        Feed feed = rng.chance(0.6) ? Feed.COMPROMISED_WEBSITES : Feed.WEBSHELLS;
        line(feed, rng, time, line, "webshell", site, url);
        if (rng.chance(0.75)) {
            DemoWorld.Located controller = week.world().controller(rng.nextInt(600));
            line.text("destination.ip", controller.ip()).text("destination.geolocation.cc", controller.country());
        }
        line.text("extra.webshell", rng.pick(SHELLS)).text("tlp", "AMBER").writeTo(out);
        return 1;
    }

    private JsonLine line(Feed feed, Rng rng, long time, JsonLine line, String identifier, Site site, String url) {
        feed.begin(line, week.timestamps(), time, 600 + rng.nextInt(7200), identifier)
                .text("source.fqdn", site.fqdn)
                .text("source.url", url);
        return line.text("source.ip", site.ip);
    }

    private record Site(String fqdn, @Nullable String ip) {}

    /** A site drawn with a skew; {@code offset} shifts the non-government pool so backdoors hit other sites. */
    private Site site(Rng rng, double governmentShare, long offset) {
        double skew = Math.pow(rng.nextDouble(), 1.6);
        // Every site report carries the site's address, as Zone-H lists and Shadowserver reports do; the draw is
        // kept so that the seed's sequence of sites stays what it was.
        rng.chance(0.9);
        boolean knownAddress = true;
        if (rng.chance(governmentShare)) {
            long index = (long) (Names.governmentSites() * skew);
            return new Site(
                    Names.governmentSite(index), knownAddress ? week.world().governmentSiteAddress(index) : null);
        }
        long index = Math.floorMod(
                (long) (week.world().sites() * skew) * 7919 + offset,
                week.world().sites());
        return new Site(
                Names.site(week.world().seed(), index),
                knownAddress ? week.world().siteAddress(index) : null);
    }
}
