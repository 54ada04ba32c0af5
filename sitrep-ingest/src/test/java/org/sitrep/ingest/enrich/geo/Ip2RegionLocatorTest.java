package org.sitrep.ingest.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.ingest.enrich.geo.XdbFileWriter.Segment;

class Ip2RegionLocatorTest {

    @TempDir
    Path directory;

    private static IpLocation locate(Ip2RegionLocator locator, String ip) {
        return locator.locate(new IPAddressString(ip).getAddress());
    }

    @Test
    void locatesMainlandProvincesInAnIpv4Xdb() throws IOException {
        Path file = directory.resolve("ip2region_v4.xdb");
        XdbFileWriter.write(
                file,
                false,
                List.of(
                        new Segment("192.0.2.0", "192.0.2.255", "中国|0|香港|0|0"),
                        new Segment("198.51.100.0", "198.51.100.127", "中国|0|广东省|深圳市|电信"),
                        new Segment("198.51.100.128", "198.51.101.255", "中国|0|广西|南宁|移动"),
                        new Segment("203.0.113.0", "203.0.113.255", "美国|0|0|0|0")));

        Ip2RegionLocator locator = Ip2RegionLocator.open(file);

        assertThat(locate(locator, "198.51.100.0")).isEqualTo(new IpLocation("CN", "广东省", "深圳市", null, null));
        assertThat(locate(locator, "198.51.100.127").region()).isEqualTo("广东省");
        assertThat(locate(locator, "198.51.100.128")).isEqualTo(new IpLocation("CN", "广西壮族自治区", "南宁", null, null));
        assertThat(locate(locator, "198.51.101.255").region()).isEqualTo("广西壮族自治区");
        assertThat(locate(locator, "198.51.102.0")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "192.0.2.1")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "203.0.113.1")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "2001:db8::1")).isEqualTo(IpLocation.UNKNOWN);
    }

    @Test
    void locatesInAnIpv6XdbWithTheNewerRegionLayout() throws IOException {
        Path file = directory.resolve("ip2region_v6.xdb");
        XdbFileWriter.write(
                file,
                true,
                List.of(new Segment("2001:db8::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff", "中国|浙江省|杭州市|电信|CN")));

        Ip2RegionLocator locator = Ip2RegionLocator.open(file);

        assertThat(locate(locator, "2001:db8::")).isEqualTo(new IpLocation("CN", "浙江省", "杭州市", null, null));
        assertThat(locate(locator, "2001:db8:0:ffff:ffff:ffff:ffff:ffff").region())
                .isEqualTo("浙江省");
        assertThat(locate(locator, "2001:db8:1::")).isEqualTo(IpLocation.UNKNOWN);
        assertThat(locate(locator, "198.51.100.1")).isEqualTo(IpLocation.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "中国|0|北京|北京市|联通; 北京市; 北京市",
                "中国|0|内蒙古|0|电信; 内蒙古自治区; ",
                "中国|新疆维吾尔自治区|乌鲁木齐市|电信|CN; 新疆维吾尔自治区; 乌鲁木齐市",
            })
    void readsBothRegionLayouts(String region, String province, String city) {
        assertThat(Ip2RegionLocator.fromRegion(region)).isEqualTo(new IpLocation("CN", province, city, null, null));
    }

    @ParameterizedTest
    @CsvSource({"0|0|0|内网IP|内网IP", "中国|0|台湾|0|0", "日本|0|0|0|0", "''"})
    void nonMainlandRegionsAreUnknown(String region) {
        assertThat(Ip2RegionLocator.fromRegion(region)).isEqualTo(IpLocation.UNKNOWN);
    }
}
