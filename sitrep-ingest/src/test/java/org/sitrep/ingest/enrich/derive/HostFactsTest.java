package org.sitrep.ingest.enrich.derive;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InternetDomainName;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.ingest.feeds.fields.FieldValues;

class HostFactsTest {

    /** The facts are what the address parser and Guava's public-suffix methods say of the host, each asked. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "www.example.com",
                "a.b.example.com.cn",
                "example.com.cn",
                "com.cn",
                "cn",
                "gov.cn",
                "www.beijing.gov.cn",
                "foo.blogspot.com",
                "blogspot.com",
                "localhost",
                "unknown-tld.zzzz",
                "a..b",
                "-bad-.example.org",
                "例子.中国",
                "www.例子.中国",
                "xn--fsqu00a.xn--fiqs8s",
                "203.0.113.7",
                "010.1.1.1",
                "1.2.3.*",
                "1.2.3.4-5",
                "2001:db8::7",
                "::ffff:192.0.2.1",
                "fe80::1%eth0",
                "4)+k&C#VzJ4br>0wv%Yp",
                "abcdefghijklmnopqrst",
                "1.2.3",
                "0x7f.0.0.1",
                "a",
                ""
            })
    void factsAgreeWithTheLibrariesAskedDirectly(String host) {
        boolean literal = new IPAddressString(host, FieldValues.STRICT_IP).isIPAddress();
        String registered = null;
        String suffix = null;
        if (!literal && InternetDomainName.isValid(host)) {
            InternetDomainName domain = InternetDomainName.from(host);
            registered =
                    domain.isUnderPublicSuffix() ? domain.topPrivateDomain().toString() : null;
            suffix = domain.hasPublicSuffix() ? domain.publicSuffix().toString() : null;
        }

        assertThat(Hosts.isIpLiteral(host)).isEqualTo(literal);
        assertThat(HostFacts.of(host)).isEqualTo(new HostFacts(literal, registered, suffix));
    }
}
