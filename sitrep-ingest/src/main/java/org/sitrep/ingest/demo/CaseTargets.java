package org.sitrep.ingest.demo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Channel;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;
import org.sitrep.core.cases.Partner;

/** Draws what a case is about: its targets in the synthetic world, who reported it and who was asked to act. */
final class CaseTargets {
    private static final String[] APP_WORDS = {"loan", "wallet", "video", "game", "clean", "vpn", "chat", "bank"};
    private static final String[] SECTORS = {"government", "education", "enterprise", "healthcare", "energy"};

    /** Everything a case line needs besides its id, times and status. */
    record Subject(
            CaseType type,
            String name,
            @Nullable String grade,
            String reporter,
            String reporterCountry,
            Channel channel,
            List<String> targets,
            List<String> targetCountries,
            List<Partner> partners,
            InfrastructureScope scope,
            @Nullable String sector) {}

    private final DemoWorld world;

    CaseTargets(DemoWorld world) {
        this.world = world;
    }

    Subject subject(Rng rng, CaseType type) {
        Channel channel = channel(rng, type);
        Partner reporterCert = rng.pick(CaseCatalog.FOREIGN_CERTS.toArray(Partner[]::new));
        List<Partner> partners = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        String country = "CN";
        String name;
        String sector = rng.chance(0.5) ? rng.pick(SECTORS) : null;
        switch (type) {
            case PHISHING -> {
                Brand brand = Brand.ALL.get(rng.pick(Brand.CUMULATIVE));
                long member = rng.nextLong(world.phishingIps());
                targets.add("https://" + Names.phishingDomain(world.seed(), member * 2, brand.stem()) + "/login.html");
                country = world.phishingCountry(member);
                partners.add(country.equals("CN") ? pick(rng, CaseCatalog.REGISTRARS.subList(0, 3)) : abroad(rng));
                name = brand.name();
                sector = brand.sector();
            }
            case MALICIOUS_CODE -> {
                String host = Names.dropHost(world.seed(), rng.nextLong(world.dropDomains()));
                targets.add("http://" + host + "/download/setup.exe");
                partners.add(pick(rng, rng.chance(0.5) ? CaseCatalog.REGISTRARS : CaseCatalog.CLOUD));
                name = host;
            }
            case MOBILE_MALWARE -> {
                String app = "com." + rng.pick(APP_WORDS) + rng.nextInt(1000) + "." + rng.pick(APP_WORDS);
                targets.add(app);
                targets.add("https://dl."
                        + Names.dropHost(world.seed(), rng.nextLong(world.dropDomains()))
                                .replaceFirst("^(dl|update|cdn|down|static)\\.", "")
                        + "/app/" + app + ".apk");
                partners.add(pick(rng, CaseCatalog.APP_STORES));
                if (rng.chance(0.4)) {
                    partners.add(pick(rng, CaseCatalog.APP_STORES));
                }
                name = app;
            }
            case DEFACEMENT, BACKDOOR -> {
                boolean government = rng.chance(0.05);
                long index = rng.nextLong(world.sites());
                name = government
                        ? Names.governmentSite(index % Names.governmentSites())
                        : Names.site(world.seed(), index);
                targets.add(name);
                sector = government ? "government" : sector;
                partners.add(CaseCatalog.regionalBranch(rng));
                partners.add(pick(rng, rng.chance(0.5) ? CaseCatalog.CLOUD : CaseCatalog.TELECOM));
            }
            case DOS -> {
                name = world.anyAddress(rng, false);
                targets.add(name);
                partners.add(pick(rng, CaseCatalog.TELECOM));
                partners.add(pick(rng, CaseCatalog.CLOUD));
            }
            case SCANNING -> {
                name = world.anyAddress(rng, true);
                targets.add(name);
                country = reporterCert.country();
                partners.add(reporterCert);
            }
            default -> {
                name = Names.site(world.seed(), rng.nextLong(world.sites()));
                targets.add(name);
                partners.add(CaseCatalog.regionalBranch(rng));
            }
        }
        String[] reporter = reporter(rng, channel, reporterCert, partners);
        return new Subject(
                type,
                name,
                rng.chance(0.7) ? Grade.GENERAL.chinese() : null,
                reporter[0],
                reporter[1],
                channel,
                targets,
                List.of(country),
                partners,
                InfrastructureScope.NONE,
                sector);
    }

    /** A graded incident that hit basic internet infrastructure (a DDoS on a province's DNS resolvers). */
    Subject infrastructure(Rng rng) {
        Province province = Province.ALL.get(rng.nextInt(8));
        boolean national = rng.chance(0.3);
        List<Partner> partners = List.of(pick(rng, CaseCatalog.TELECOM), CaseCatalog.regionalBranch(rng));
        return new Subject(
                CaseType.DOS,
                province.name() + "域名解析服务",
                rng.chance(0.8) ? Grade.LARGE.chinese() : Grade.MAJOR.chinese(),
                "本中心监测发现",
                "CN",
                Channel.MONITORING,
                List.of("dns." + province.pinyin() + ".example.cn"),
                List.of("CN"),
                partners,
                national ? InfrastructureScope.NATIONAL : InfrastructureScope.PROVINCIAL,
                "telecom");
    }

    private static Channel channel(Rng rng, CaseType type) {
        double draw = rng.nextDouble();
        if (type == CaseType.PHISHING) {
            return draw < 0.55
                    ? Channel.COMPLAINT
                    : draw < 0.85 ? Channel.MONITORING : draw < 0.95 ? Channel.INTERNATIONAL : Channel.PARTNER;
        }
        return draw < 0.6
                ? Channel.MONITORING
                : draw < 0.85 ? Channel.PARTNER : draw < 0.95 ? Channel.INTERNATIONAL : Channel.COMPLAINT;
    }

    private static String[] reporter(Rng rng, Channel channel, Partner cert, List<Partner> partners) {
        return switch (channel) {
            case MONITORING -> new String[] {"本中心监测发现", "CN"};
            case COMPLAINT -> new String[] {rng.chance(0.7) ? "公众投诉" : "企业投诉", "CN"};
            case PARTNER ->
                new String[] {partners.get(0).name(), partners.get(0).country()};
            case INTERNATIONAL -> new String[] {cert.name(), cert.country()};
        };
    }

    private static Partner abroad(Rng rng) {
        double draw = rng.nextDouble();
        if (draw < 0.4) {
            return pick(rng, CaseCatalog.FOREIGN_CERTS);
        }
        return pick(rng, draw < 0.7 ? CaseCatalog.HOSTING : CaseCatalog.REGISTRARS.subList(3, 5));
    }

    private static Partner pick(Rng rng, List<Partner> partners) {
        return partners.get(rng.nextInt(partners.size()));
    }
}
