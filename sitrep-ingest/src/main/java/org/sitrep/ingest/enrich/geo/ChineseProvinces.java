package org.sitrep.ingest.enrich.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The 31 provincial-level divisions of mainland China by their full names with suffix (广东省, 北京市,
 * 广西壮族自治区). Hong Kong, Macao and Taiwan are not among them: geolocation gives them their own country codes.
 */
final class ChineseProvinces {

    private static final List<String> FULL_NAMES = List.of(
            "北京市",
            "天津市",
            "上海市",
            "重庆市",
            "河北省",
            "山西省",
            "辽宁省",
            "吉林省",
            "黑龙江省",
            "江苏省",
            "浙江省",
            "安徽省",
            "福建省",
            "江西省",
            "山东省",
            "河南省",
            "湖北省",
            "湖南省",
            "广东省",
            "海南省",
            "四川省",
            "贵州省",
            "云南省",
            "陕西省",
            "甘肃省",
            "青海省",
            "内蒙古自治区",
            "广西壮族自治区",
            "西藏自治区",
            "宁夏回族自治区",
            "新疆维吾尔自治区");

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String full : FULL_NAMES) {
            BY_NAME.put(full, full);
            BY_NAME.put(shortName(full), full);
        }
    }

    private ChineseProvinces() {}

    /** The full name of a province written with or without its suffix, or {@code null} when it is not one. */
    static @Nullable String fullName(@Nullable String text) {
        return text == null ? null : BY_NAME.get(text.strip());
    }

    private static String shortName(String full) {
        for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")) {
            if (full.endsWith(suffix)) {
                return full.substring(0, full.length() - suffix.length());
            }
        }
        return full;
    }
}
