package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.BulletinKind;

/**
 * Drop sites (URLs serving malware) and phishing pages. A week uses a window of the domain and address pools
 * that moves on from week to week, so some domains and addresses recur and others are new; each phishing address
 * carries several pages (five to ten on average, depending on the week).
 */
final class UrlEvents {
    private static final String[] DROP_FILES = {
        "i", "bin.sh", "mozi.m", "x86", "arm7", "a.exe", "svchost.exe", "setup.exe", "1.sh", "invoice.zip", "update.apk"
    };
    private static final String[] DROP_DIRS = {"", "download/", "files/", "upload/", "wp-content/uploads/", "d/"};
    private static final int[] DROP_PORTS = {80, 8080, 8888, 9999, 0};
    private static final String[] REGISTRAR_COUNTRIES = {
        "CN", "CN", "CN", "CN", "CN", "US", "US", "US", "HK", "SG", "RU"
    };
    private static final String[] DROP_FAMILIES = {
        "mirai", "mozi", "gafgyt", "emotet", "agenttesla", "redline", "coinminer", "qakbot", "gh0strat", "xorddos"
    };
    private static final String[] PHISH_PATHS = {"login.html", "index.php", "m/", "verify/account.html", "pay/", "kf/"};

    private final DemoWeek week;
    private final long dropWindow;
    private final long phishingWindow;

    UrlEvents(DemoWeek week) {
        this.week = week;
        this.dropWindow = Math.max(20, week.plan().events().getOrDefault(BulletinKind.DROP_SITE, 0L) / 4);
        double pagesPerAddress =
                5 + Math.floorMod(Rng.mix(week.world().seed(), week.plan().weekNumber(), 32), 50L) / 10.0;
        this.phishingWindow =
                Math.max(3, (long) (week.plan().events().getOrDefault(BulletinKind.PHISHING, 0L) / pagesPerAddress));
    }

    int dropSite(Rng rng, long time, JsonLine line, Writer out) throws IOException {
        long domain = Math.floorMod(
                rng.nextLong(dropWindow) + week.plan().ordinal() * dropWindow / 3,
                week.world().dropDomains());
        String ip = week.world().dropAddress(domain / 2);
        String file = rng.pick(DROP_DIRS) + rng.pick(DROP_FILES);
        Feed feed = rng.chance(0.6) ? Feed.URLHAUS : Feed.MALWARE_URLS;
        feed.begin(line, week.timestamps(), time, 120 + rng.nextInt(3600), rng.pick(DROP_FAMILIES));
        if (rng.chance(0.18)) {
            int port = DROP_PORTS[rng.nextInt(DROP_PORTS.length)];
            port = port == 0 ? 10_000 + rng.nextInt(50_000) : port;
            String url = "http://" + (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + (port == 80 ? "" : ":" + port);
            line.text("source.url", url + "/" + file).text("source.ip", ip);
        } else {
            String host = Names.dropHost(week.world().seed(), domain);
            String scheme = rng.chance(0.2) ? "https://" : "http://";
            line.text("source.url", scheme + host + "/" + file)
                    .text("source.fqdn", host)
                    .text("source.ip", ip)
                    .text("extra.registrar_country", registrarCountry(host, domain));
        }
        line.text("malware.hash.sha256", sha256(rng)).text("tlp", feed.tlp()).writeTo(out);
        return 1;
    }

    int phishing(Rng rng, long time, JsonLine line, Writer out) throws IOException {
        Brand brand = Brand.ALL.get(rng.pick(Brand.CUMULATIVE));
        long member = rng.nextLong(phishingWindow) + week.plan().ordinal() * phishingWindow / 2;
        String ip = week.world().phishingAddress(member);
        String token = Long.toHexString(rng.nextLong() >>> 28);
        String host = rng.chance(0.1)
                ? null
                : Names.phishingDomain(
                        week.world().seed(),
                        Math.floorMod(member, week.world().phishingIps()) * 2 + rng.nextInt(2),
                        brand.stem());
        String page = rng.pick(PHISH_PATHS) + "?id=" + token;
        String url = host == null ? "http://" + ip + "/" + brand.stem() + "/" + page : "https://" + host + "/" + page;
        boolean second = rng.chance(0.3);
        phishingLine(second ? Feed.OPENPHISH : Feed.PHISHING_REPORTS, rng, time, line, brand, url, host, ip)
                .writeTo(out);
        if (!rng.chance(0.04)) {
            return 1;
        }
        long later = time + 600 + rng.nextInt(40_000);
        phishingLine(second ? Feed.PHISHING_REPORTS : Feed.OPENPHISH, rng, later, line, brand, url, host, ip)
                .writeTo(out);
        return 2;
    }

    private JsonLine phishingLine(
            Feed feed, Rng rng, long time, JsonLine line, Brand brand, String url, @Nullable String host, String ip) {
        return feed.begin(line, week.timestamps(), time, 60 + rng.nextInt(5400), null)
                .text("source.url", url)
                .text("source.fqdn", host)
                .text("source.ip", ip)
                .text("destination.fqdn", brand.domain())
                .text("destination.geolocation.cc", brand.country())
                .text("event_description.target", brand.name())
                .text("extra.target_sector", brand.sector())
                .text("tlp", feed.tlp());
    }

    /** The registrar's country: the ccTLD's own for .cn and .ru, else mostly domestic; one in ten unknown. */
    private @Nullable String registrarCountry(String host, long domain) {
        if (host.endsWith(".cn")) {
            return "CN";
        }
        if (host.endsWith(".ru")) {
            return "RU";
        }
        long h = Math.floorMod(Rng.mix(week.world().seed(), domain, 31), 100L);
        return h < 10 ? null : REGISTRAR_COUNTRIES[(int) (h % REGISTRAR_COUNTRIES.length)];
    }

    private static String sha256(Rng rng) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String part = Long.toHexString(rng.nextLong());
            hex.append("0".repeat(16 - part.length())).append(part);
        }
        return hex.toString();
    }
}
