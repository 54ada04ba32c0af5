package org.sitrep.ingest.demo;

/**
 * Host and domain names of the synthetic world, each a pure function of an index: domestic web sites (with the
 * suffix mix of real site populations), government sites under {@code .gov.cn}, drop-site domains with a
 * {@code .com}-heavy top-level-domain mix, and look-alike phishing domains.
 */
final class Names {
    private static final String[] SYLLABLES = {
        "hua", "xin", "tian", "long", "feng", "jin", "sheng", "hong", "da", "zhong", "guo", "mei", "bao", "an", "kang",
        "ming", "yuan", "hai", "shan", "yun", "rui", "tai", "fu", "xing", "hui", "jia", "li", "wei", "cheng", "kai",
        "yi", "bo", "teng", "chuang", "zhi", "hang", "dong", "nan", "bei", "xi", "qing", "lan", "sen", "de", "heng",
        "tong", "yu", "chen", "yang", "le", "hao", "run", "ke", "ji", "shi", "pin", "mao", "ying", "jie", "ze", "wan",
        "lian", "bang", "tu"
    };
    private static final String[] SITE_PREFIXES = {
        "www.", "www.", "www.", "www.", "m.", "bbs.", "shop.", "news.", "oa.", ""
    };
    private static final String[] SITE_SUFFIXES = {
        ".com", ".cn", ".com.cn", ".net", ".org", ".edu.cn", ".net.cn", ".org.cn", ".top", ".cc", ".xyz"
    };
    private static final double[] SITE_SUFFIX_WEIGHTS = Rng.cumulative(40, 22, 12, 10, 4, 5, 2, 2, 1.5, 1, 0.5);
    private static final String[] PLACES = {
        "gd",
        "zj",
        "js",
        "sd",
        "hn",
        "bj",
        "sc",
        "sh",
        "hebei",
        "hubei",
        "hunan",
        "fj",
        "ah",
        "ln",
        "gxzf",
        "shaanxi",
        "jiangxi",
        "cq",
        "yn",
        "shanxi",
        "hlj",
        "tj",
        "guizhou",
        "jl",
        "nmg",
        "xinjiang",
        "gansu",
        "hainan",
        "nx",
        "qinghai",
        "xizang",
        "gz",
        "sz",
        "hz",
        "nj",
        "jinan",
        "zz",
        "cd",
        "wh",
        "cs",
        "fz",
        "hf",
        "sy",
        "nn",
        "xa",
        "nc",
        "km",
        "ty",
        "heb",
        "cc",
        "hhht",
        "lz",
        "haikou",
        "yinchuan",
        "xining",
        "lasa",
        "qd",
        "nb",
        "xm",
        "dl",
        "suzhou",
        "wuxi",
        "dg",
        "foshan",
        "wenzhou",
        "yantai"
    };
    private static final String[] DEPARTMENTS = {
        "www", "jyj", "wjw", "rsj", "zjj", "gaj", "sfj", "tjj", "swj", "mzj", "nyncj", "czj", "fgw", "sthjj", "zrzyj",
        "yjglj", "scjgj", "wlj", "jtj", "kjj", "slj", "ybj", "xxgk", "zwfw"
    };
    private static final String[] DROP_TLDS = {
        ".com", ".net", ".cn", ".ru", ".cc", ".top", ".xyz", ".org", ".info", ".club", ".site"
    };
    private static final double[] DROP_TLD_WEIGHTS = Rng.cumulative(40, 10, 9, 7, 6, 8, 7, 4, 4, 2, 3);
    private static final String[] DROP_LABELS = {"dl.", "update.", "cdn.", "down.", "", "", "", "static."};
    private static final String[] PHISH_WORDS = {"secure", "login", "verify", "vip", "service", "online", "pay", "kefu"
    };
    private static final String[] PHISH_TLDS = {".com", ".top", ".xyz", ".cc", ".vip", ".icu", ".cn", ".net", ".shop"};

    private Names() {}

    /** A domestic, non-government web site: {@code www.huaxin88.com.cn}. */
    static String site(long seed, long index) {
        long h = Rng.mix(seed ^ 0x517E, index, 1);
        String suffix = SITE_SUFFIXES[
                Rng.indexOf(SITE_SUFFIX_WEIGHTS, unit(h) * SITE_SUFFIX_WEIGHTS[SITE_SUFFIX_WEIGHTS.length - 1])];
        String prefix = SITE_PREFIXES[(int) ((h >>> 8) % SITE_PREFIXES.length)];
        return prefix + label(h >>> 16, index) + suffix;
    }

    /** A government site: {@code jyj.wenzhou.gov.cn}; there are {@link #governmentSites()} of them. */
    static String governmentSite(long index) {
        long place = Math.floorMod(index, PLACES.length);
        long department = Math.floorMod(index / PLACES.length, DEPARTMENTS.length);
        return DEPARTMENTS[(int) department] + "." + PLACES[(int) place] + ".gov.cn";
    }

    static long governmentSites() {
        return (long) PLACES.length * DEPARTMENTS.length;
    }

    /** A drop-site domain and its host: {@code update.fengxin7.top}. */
    static String dropHost(long seed, long index) {
        long h = Rng.mix(seed ^ 0xD509, index, 2);
        String tld = DROP_TLDS[Rng.indexOf(DROP_TLD_WEIGHTS, unit(h) * DROP_TLD_WEIGHTS[DROP_TLD_WEIGHTS.length - 1])];
        return DROP_LABELS[(int) ((h >>> 9) & 7)] + label(h >>> 16, index) + tld;
    }

    /** A phishing domain imitating a brand: {@code dfcb-secure3.top}. */
    static String phishingDomain(long seed, long index, String brandStem) {
        long h = Rng.mix(seed ^ 0xF150, index, 3);
        String word = PHISH_WORDS[(int) (h & 7)];
        String tld = PHISH_TLDS[(int) ((h >>> 3) % PHISH_TLDS.length)];
        return brandStem + "-" + word + Math.floorMod(index, 97) + tld;
    }

    /** Two or three syllables and sometimes digits; the index keeps labels of distinct indices mostly distinct. */
    private static String label(long h, long index) {
        StringBuilder label = new StringBuilder(16);
        label.append(SYLLABLES[(int) (h & 63)]).append(SYLLABLES[(int) ((h >>> 6) & 63)]);
        if ((h & 0x1000) != 0) {
            label.append(SYLLABLES[(int) ((h >>> 13) & 63)]);
        }
        long digits = (h >>> 20) & 3;
        if (digits != 0 || index >= 200_000) {
            label.append(Math.floorMod(index, digits == 0 ? 1000 : (long) Math.pow(10, digits)));
        }
        return label.toString();
    }

    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
