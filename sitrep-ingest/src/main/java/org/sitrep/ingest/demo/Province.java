package org.sitrep.ingest.demo;

import java.util.List;

/**
 * A province-level division of the home country as the geo table names it (with its suffix), its capital and its
 * weight in the synthetic world's internet population (roughly the share of broadband users; coastal provinces
 * and the big municipalities weigh most).
 *
 * @param north whether China Unicom rather than China Telecom is the larger fixed-line operator there
 */
record Province(String name, String pinyin, String capital, double weight, boolean north) {

    static final List<Province> ALL = List.of(
            new Province("广东省", "guangdong", "广州市", 11.0, false),
            new Province("浙江省", "zhejiang", "杭州市", 7.5, false),
            new Province("江苏省", "jiangsu", "南京市", 7.2, false),
            new Province("山东省", "shandong", "济南市", 6.8, true),
            new Province("河南省", "henan", "郑州市", 5.8, true),
            new Province("北京市", "beijing", "北京市", 5.0, true),
            new Province("四川省", "sichuan", "成都市", 5.2, false),
            new Province("上海市", "shanghai", "上海市", 4.6, false),
            new Province("河北省", "hebei", "石家庄市", 4.5, true),
            new Province("湖北省", "hubei", "武汉市", 3.9, false),
            new Province("湖南省", "hunan", "长沙市", 3.8, false),
            new Province("福建省", "fujian", "福州市", 3.6, false),
            new Province("安徽省", "anhui", "合肥市", 3.4, false),
            new Province("辽宁省", "liaoning", "沈阳市", 2.9, true),
            new Province("广西壮族自治区", "guangxi", "南宁市", 2.8, false),
            new Province("陕西省", "shaanxi", "西安市", 2.6, false),
            new Province("江西省", "jiangxi", "南昌市", 2.4, false),
            new Province("重庆市", "chongqing", "重庆市", 2.3, false),
            new Province("云南省", "yunnan", "昆明市", 2.2, false),
            new Province("山西省", "shanxi", "太原市", 2.1, true),
            new Province("黑龙江省", "heilongjiang", "哈尔滨市", 1.8, true),
            new Province("天津市", "tianjin", "天津市", 1.6, true),
            new Province("贵州省", "guizhou", "贵阳市", 1.5, false),
            new Province("吉林省", "jilin", "长春市", 1.3, true),
            new Province("内蒙古自治区", "neimenggu", "呼和浩特市", 1.2, true),
            new Province("新疆维吾尔自治区", "xinjiang", "乌鲁木齐市", 1.1, false),
            new Province("甘肃省", "gansu", "兰州市", 1.0, false),
            new Province("海南省", "hainan", "海口市", 0.7, false),
            new Province("宁夏回族自治区", "ningxia", "银川市", 0.4, false),
            new Province("青海省", "qinghai", "西宁市", 0.3, false),
            new Province("西藏自治区", "xizang", "拉萨市", 0.2, false));

    static Province named(String name) {
        return ALL.stream()
                .filter(p -> p.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no province " + name));
    }
}
