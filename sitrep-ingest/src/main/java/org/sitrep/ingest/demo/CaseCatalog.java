package org.sitrep.ingest.demo;

import java.util.List;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Partner;
import org.sitrep.core.cases.PartnerKind;

/** The organisations and case types of the synthetic world's incident handling. */
final class CaseCatalog {

    /** Case types with their GB/T 20986-2023 category code; phishing is the most common. */
    static final CaseType[] TYPES = {
        CaseType.PHISHING,
        CaseType.MALICIOUS_CODE,
        CaseType.MOBILE_MALWARE,
        CaseType.DEFACEMENT,
        CaseType.BACKDOOR,
        CaseType.VULNERABILITY,
        CaseType.DOS,
        CaseType.SCANNING,
        CaseType.OTHER
    };

    static final double[] TYPE_WEIGHTS = Rng.cumulative(44, 14, 10, 10, 5, 9, 2, 3, 3);

    static final List<Partner> TELECOM = List.of(
            new Partner("中国电信集团有限公司", PartnerKind.TELECOM_OPERATOR, "CN"),
            new Partner("中国联合网络通信集团有限公司", PartnerKind.TELECOM_OPERATOR, "CN"),
            new Partner("中国移动通信集团有限公司", PartnerKind.TELECOM_OPERATOR, "CN"));
    static final List<Partner> CLOUD = List.of(
            new Partner("阿里云计算有限公司", PartnerKind.CLOUD_PROVIDER, "CN"),
            new Partner("腾讯云计算（北京）有限责任公司", PartnerKind.CLOUD_PROVIDER, "CN"),
            new Partner("华为云计算技术有限公司", PartnerKind.CLOUD_PROVIDER, "CN"));
    static final List<Partner> REGISTRARS = List.of(
            new Partner("北京新网数码信息技术有限公司", PartnerKind.REGISTRAR, "CN"),
            new Partner("厦门易名科技股份有限公司", PartnerKind.REGISTRAR, "CN"),
            new Partner("阿里云计算有限公司（万网）", PartnerKind.REGISTRAR, "CN"),
            new Partner("GoDaddy.com, LLC", PartnerKind.REGISTRAR, "US"),
            new Partner("NameCheap, Inc.", PartnerKind.REGISTRAR, "US"));
    static final List<Partner> APP_STORES = List.of(
            new Partner("华为应用市场", PartnerKind.APP_STORE, "CN"),
            new Partner("小米应用商店", PartnerKind.APP_STORE, "CN"),
            new Partner("OPPO软件商店", PartnerKind.APP_STORE, "CN"),
            new Partner("vivo应用商店", PartnerKind.APP_STORE, "CN"),
            new Partner("腾讯应用宝", PartnerKind.APP_STORE, "CN"),
            new Partner("360手机助手", PartnerKind.APP_STORE, "CN"));
    static final List<Partner> FOREIGN_CERTS = List.of(
            new Partner("JPCERT/CC", PartnerKind.FOREIGN_CERT, "JP"),
            new Partner("KrCERT/CC", PartnerKind.FOREIGN_CERT, "KR"),
            new Partner("CERT-In", PartnerKind.FOREIGN_CERT, "IN"),
            new Partner("HKCERT", PartnerKind.FOREIGN_CERT, "HK"),
            new Partner("SingCERT", PartnerKind.FOREIGN_CERT, "SG"),
            new Partner("CERT-FR", PartnerKind.FOREIGN_CERT, "FR"),
            new Partner("US-CERT", PartnerKind.FOREIGN_CERT, "US"));
    static final List<Partner> HOSTING = List.of(
            new Partner("Cloudflare, Inc.", PartnerKind.HOSTING, "US"),
            new Partner("DigitalOcean, LLC", PartnerKind.HOSTING, "US"),
            new Partner("Hetzner Online GmbH", PartnerKind.HOSTING, "DE"),
            new Partner("OVH SAS", PartnerKind.HOSTING, "FR"),
            new Partner("Cloudie Limited", PartnerKind.HOSTING, "HK"));

    private CaseCatalog() {}

    static Partner regionalBranch(Rng rng) {
        Province province = Province.ALL.get(rng.pick(PROVINCE_WEIGHTS));
        return new Partner(
                province.name().replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "") + "分中心",
                PartnerKind.REGIONAL_BRANCH,
                "CN");
    }

    static final double[] PROVINCE_WEIGHTS =
            Rng.cumulative(Province.ALL.stream().mapToDouble(Province::weight).toArray());

    static String category(CaseType type) {
        return switch (type) {
            case PHISHING, DEFACEMENT, BACKDOOR, DOS, SCANNING -> "NA";
            case MALICIOUS_CODE, MOBILE_MALWARE -> "MP";
            case VULNERABILITY -> "SHE";
            case DATA_LEAK -> "DS";
            case OTHER -> "OTH";
        };
    }

    static String title(CaseType type, String subject) {
        return switch (type) {
            case PHISHING -> "仿冒" + subject + "网站事件";
            case MALICIOUS_CODE -> "恶意代码传播事件（" + subject + "）";
            case MOBILE_MALWARE -> "移动互联网恶意程序传播事件（" + subject + "）";
            case DEFACEMENT -> subject + "网页篡改事件";
            case BACKDOOR -> subject + "网站后门事件";
            case VULNERABILITY -> subject + "安全漏洞事件";
            case DOS -> "针对" + subject + "的拒绝服务攻击事件";
            case SCANNING -> "来自" + subject + "的网络扫描事件";
            case DATA_LEAK -> subject + "数据泄露事件";
            case OTHER -> subject + "其他网络安全事件";
        };
    }
}
