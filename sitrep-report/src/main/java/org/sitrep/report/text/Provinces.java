package org.sitrep.report.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provincial-level divisions of China: the full Chinese name with its suffix and the English name. Names come
 * from the geo table with their suffix; a bare name (广东) is completed (广东省).
 */
public final class Provinces {

    /** The key of hosts whose province is not known, shown as 其他/未知 (other/unknown). */
    public static final String UNKNOWN = "unknown";

    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"北京市", "Beijing"},
            {"天津市", "Tianjin"},
            {"上海市", "Shanghai"},
            {"重庆市", "Chongqing"},
            {"河北省", "Hebei"},
            {"山西省", "Shanxi"},
            {"辽宁省", "Liaoning"},
            {"吉林省", "Jilin"},
            {"黑龙江省", "Heilongjiang"},
            {"江苏省", "Jiangsu"},
            {"浙江省", "Zhejiang"},
            {"安徽省", "Anhui"},
            {"福建省", "Fujian"},
            {"江西省", "Jiangxi"},
            {"山东省", "Shandong"},
            {"河南省", "Henan"},
            {"湖北省", "Hubei"},
            {"湖南省", "Hunan"},
            {"广东省", "Guangdong"},
            {"海南省", "Hainan"},
            {"四川省", "Sichuan"},
            {"贵州省", "Guizhou"},
            {"云南省", "Yunnan"},
            {"陕西省", "Shaanxi"},
            {"甘肃省", "Gansu"},
            {"青海省", "Qinghai"},
            {"台湾省", "Taiwan"},
            {"内蒙古自治区", "Inner Mongolia"},
            {"广西壮族自治区", "Guangxi"},
            {"西藏自治区", "Tibet"},
            {"宁夏回族自治区", "Ningxia"},
            {"新疆维吾尔自治区", "Xinjiang"},
            {"香港特别行政区", "Hong Kong"},
            {"澳门特别行政区", "Macao"}
        };
        for (String[] row : table) {
            ENGLISH.put(row[0], row[1]);
        }
    }

    private Provinces() {}

    /** The full Chinese name with its suffix (广东 → 广东省, 广西 → 广西壮族自治区); unknown names unchanged. */
    public static String chinese(String name) {
        if (name.trim().equals(UNKNOWN)) {
            return "其他/未知";
        }
        return find(name).orElse(name.trim());
    }

    /** The English name (广东省 → Guangdong); unknown names unchanged. */
    public static String english(String name) {
        if (name.trim().equals(UNKNOWN)) {
            return "other/unknown";
        }
        return find(name).map(ENGLISH::get).orElse(name.trim());
    }

    private static Optional<String> find(String name) {
        String wanted = name.trim();
        if (ENGLISH.containsKey(wanted)) {
            return Optional.of(wanted);
        }
        return ENGLISH.keySet().stream()
                .filter(full -> wanted.length() >= 2 && full.startsWith(wanted))
                .findFirst();
    }
}
