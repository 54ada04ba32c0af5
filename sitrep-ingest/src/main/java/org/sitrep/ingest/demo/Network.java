package org.sitrep.ingest.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * An autonomous system's presence in one place of the synthetic world, and which pool its addresses serve.
 * Names follow the registries' style ({@code CHINANET-BACKBONE}, {@code AMAZON-02}); the address ranges given to
 * them are synthetic.
 *
 * @param region the province (with its suffix) for the home country, empty elsewhere
 * @param weight the network's share of its pool
 * @param v6 whether the network is an IPv6 prefix (one /32) rather than an IPv4 block
 */
record Network(
        String country, String region, String city, int asn, String asName, double weight, Pool pool, boolean v6) {

    /** What the addresses are used for: infected hosts sit on broadband, sites and drop sites on hosting. */
    enum Pool {
        DOMESTIC_BROADBAND,
        DOMESTIC_HOSTING,
        FOREIGN_BROADBAND,
        FOREIGN_HOSTING
    }

    static final String TELECOM = "CHINANET-BACKBONE No.31,Jin-rong Street";
    static final String UNICOM = "CHINA169-BACKBONE CHINA UNICOM China169 Backbone";
    static final String MOBILE = "CHINAMOBILE-CN China Mobile Communications Group Co., Ltd.";

    /** Share of broadband hosts on IPv6 (a few percent, as in feeds today). */
    static final double V6_SHARE = 0.02;

    static List<Network> catalog() {
        List<Network> networks = new ArrayList<>();
        for (Province p : Province.ALL) {
            double telecom = p.north() ? 0.22 : 0.45;
            double unicom = p.north() ? 0.43 : 0.20;
            double v4 = 1 - V6_SHARE;
            networks.add(broadband(p, 4134, TELECOM, p.weight() * telecom * v4, false));
            networks.add(broadband(p, 4837, UNICOM, p.weight() * unicom * v4, false));
            networks.add(broadband(p, 9808, MOBILE, p.weight() * 0.35 * v4, false));
            networks.add(broadband(p, 4134, TELECOM, p.weight() * telecom * V6_SHARE, true));
            networks.add(broadband(p, 9808, MOBILE, p.weight() * (1 - telecom) * V6_SHARE, true));
        }
        networks.addAll(domesticHosting());
        networks.addAll(foreign());
        return networks;
    }

    private static Network broadband(Province p, int asn, String name, double weight, boolean v6) {
        return new Network("CN", p.name(), p.capital(), asn, name, weight, Pool.DOMESTIC_BROADBAND, v6);
    }

    private static List<Network> domesticHosting() {
        String aliyun = "ALIBABA-CN-NET Hangzhou Alibaba Advertising Co.,Ltd.";
        return List.of(
                hosting("浙江省", "杭州市", 37963, aliyun, 20),
                hosting("北京市", "北京市", 37963, aliyun, 10),
                hosting("广东省", "深圳市", 45090, "TENCENT-NET-AP Shenzhen Tencent Computer Systems Company Limited", 14),
                hosting("上海市", "上海市", 132203, "TENCENT-NET-AP-CN Tencent Building, Kejizhongyi Avenue", 6),
                hosting("贵州省", "贵阳市", 55990, "HWCSNET Huawei Cloud Service data center", 8),
                hosting("北京市", "北京市", 38365, "BAIDU Beijing Baidu Netcom Science and Technology Co., Ltd.", 4),
                hosting("江苏省", "南京市", 23650, "CHINANET-BACKBONE-JS-AS-AP AS Number for CHINANET jiangsu backbone", 8),
                hosting("浙江省", "宁波市", 4134, TELECOM, 6),
                hosting("北京市", "北京市", 4808, "CHINA169-BJ China Unicom Beijing Province Network", 6),
                hosting("广东省", "广州市", 56040, "CMNET-GUANGDONG-AP China Mobile communications corporation", 5),
                hosting("河南省", "郑州市", 4837, UNICOM, 3),
                hosting("北京市", "北京市", 4538, "ERX-CERNET-BKB China Education and Research Network Center", 4),
                hosting("四川省", "成都市", 38283, "CHINANET-SCIDC-AS-AP CHINANET SiChuan Telecom Internet Data Center", 3),
                hosting("山东省", "济南市", 4837, UNICOM, 3));
    }

    private static Network hosting(String province, String city, int asn, String name, double weight) {
        return new Network("CN", province, city, asn, name, weight, Pool.DOMESTIC_HOSTING, false);
    }

    private static List<Network> foreign() {
        Pool h = Pool.FOREIGN_HOSTING;
        Pool b = Pool.FOREIGN_BROADBAND;
        return List.of(
                abroad("US", "Ashburn", 16509, "AMAZON-02", 10, h, false),
                abroad("US", "Los Angeles", 20473, "AS-CHOOPA", 8, h, false),
                abroad("US", "New York", 14061, "DIGITALOCEAN-ASN", 7, h, false),
                abroad("US", "San Francisco", 13335, "CLOUDFLARENET", 6, h, false),
                abroad("US", "Los Angeles", 35916, "MULTA-ASN1", 4, h, false),
                abroad("HK", "Hong Kong", 4760, "HKTIMS-AP HKT Limited", 6, h, false),
                abroad("HK", "Hong Kong", 55933, "CLOUDIE-AS-AP Cloudie Limited", 6, h, false),
                abroad(
                        "HK",
                        "Hong Kong",
                        135377,
                        "UCLOUD-HK-AS-AP UCLOUD INFORMATION TECHNOLOGY HK LIMITED",
                        5,
                        h,
                        false),
                abroad("JP", "Tokyo", 9370, "SAKURA-B SAKURA Internet Inc.", 3, h, false),
                abroad("SG", "Singapore", 63949, "AKAMAI-LINODE-AP Akamai Connected Cloud", 4, h, false),
                abroad("DE", "Falkenstein", 24940, "HETZNER-AS", 5, h, false),
                abroad("NL", "Amsterdam", 60781, "LEASEWEB-NL-AMS-01 Netherlands", 4, h, false),
                abroad("FR", "Roubaix", 16276, "OVH", 4, h, false),
                abroad("RU", "Moscow", 49505, "SELECTEL", 3, h, false),
                abroad("RU", "Saint Petersburg", 9123, "TIMEWEB-AS", 2, h, false),
                abroad("DE", "Falkenstein", 24940, "HETZNER-AS", 1.5, h, true),
                abroad("US", "New York", 14061, "DIGITALOCEAN-ASN", 1.5, h, true),
                abroad("US", "Philadelphia", 7922, "COMCAST-7922", 3, b, false),
                abroad("TW", "Taipei", 3462, "HINET Data Communication Business Group", 3, b, false),
                abroad("KR", "Seoul", 4766, "KIXS-AS-KR Korea Telecom", 3, b, false),
                abroad("JP", "Tokyo", 4713, "OCN NTT Communications Corporation", 2, b, false),
                abroad("VN", "Hanoi", 45899, "VNPT-AS-VN VNPT Corp", 3, b, false),
                abroad("IN", "New Delhi", 9829, "BSNL-NIB National Internet Backbone", 3, b, false),
                abroad("BR", "Sao Paulo", 28573, "Claro NXT Telecomunicacoes Ltda", 2, b, false),
                abroad("RU", "Moscow", 12389, "ROSTELECOM-AS", 2, b, false));
    }

    private static Network abroad(String cc, String city, int asn, String name, double weight, Pool pool, boolean v6) {
        return new Network(cc, "", city, asn, name, weight, pool, v6);
    }
}
