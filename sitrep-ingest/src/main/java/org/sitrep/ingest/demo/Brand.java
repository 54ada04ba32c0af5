package org.sitrep.ingest.demo;

import java.util.List;

/**
 * A site that phishing pages imitate. The brands are fictional; most are domestic banks, payment and e-commerce
 * services, as in real phishing complaints.
 *
 * @param stem what look-alike domains are built from
 * @param sector the {@code extra.target_sector} value
 */
record Brand(String name, String domain, String country, String sector, String stem, double weight) {

    static final List<Brand> ALL = List.of(
            new Brand("东方商业银行", "www.dfcbank.com.cn", "CN", "bank", "dfcb", 14),
            new Brand("长江农商银行", "www.cjrcbank.com.cn", "CN", "bank", "cjrcb", 8),
            new Brand("华夏联合银行", "www.hxubank.com", "CN", "bank", "hxub", 9),
            new Brand("中原信和银行", "www.zyxhbank.cn", "CN", "bank", "zyxh", 5),
            new Brand("南海发展银行", "www.nhdbank.com.cn", "CN", "bank", "nhdb", 6),
            new Brand("云付宝", "www.yunfubao.com", "CN", "payment", "yunfubao", 9),
            new Brand("极速支付", "www.jisupay.cn", "CN", "payment", "jisupay", 4),
            new Brand("淘易购", "www.taoyigou.com", "CN", "e-commerce", "taoyigou", 8),
            new Brand("京选商城", "www.jingxuanmall.com", "CN", "e-commerce", "jxmall", 5),
            new Brand("优品拼团", "www.youpinpt.com", "CN", "e-commerce", "youpin", 3),
            new Brand("公共服务平台", "www.ggfw.gov.cn", "CN", "government", "ggfw", 4),
            new Brand("星联通信", "www.xinglian-tel.com", "CN", "telecom", "xltel", 3),
            new Brand("微聊", "www.weiliao.com", "CN", "social", "weiliao", 3),
            new Brand("快运物流", "www.kuaiyun56.com", "CN", "other", "kuaiyun", 2),
            new Brand("NorthStar Bank", "www.northstarbank.com", "US", "bank", "northstar", 1.5),
            new Brand("PayWave", "www.paywave.com", "US", "payment", "paywave", 1));

    static final double[] CUMULATIVE =
            Rng.cumulative(ALL.stream().mapToDouble(Brand::weight).toArray());
}
