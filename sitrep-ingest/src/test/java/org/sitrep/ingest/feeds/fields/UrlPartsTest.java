package org.sitrep.ingest.feeds.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.parse.BadField;

class UrlPartsTest {

    @Test
    void splitsNameHostsPortsAndAddressLiterals() {
        assertThat(UrlParts.parse("url", "https://User@Files.Example.NET.:8443/a?b#c"))
                .isEqualTo(new UrlParts("https://User@Files.Example.NET.:8443/a?b#c", null, "files.example.net", 8443));
        assertThat(UrlParts.parse("url", "http://198.51.100.9:44312/i"))
                .isEqualTo(new UrlParts("http://198.51.100.9:44312/i", "198.51.100.9", null, 44312));
        assertThat(UrlParts.parse("url", "http://[2001:DB8::1]/x"))
                .isEqualTo(new UrlParts("http://[2001:DB8::1]/x", "2001:db8::1", null, null));
        assertThat(UrlParts.parse("url", "http://例子.example.cn/登录").fqdn()).isEqualTo("例子.example.cn");
    }

    @Test
    void readsSchemelessValuesAsHttp() {
        assertThat(UrlParts.parse("domain", "www.example.cn"))
                .isEqualTo(new UrlParts("www.example.cn", null, "www.example.cn", null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://", "not a url", "http://a.example.com:99999/", "http://a.example.com:/", "http://-/"})
    void rejectsWhatIsNoUrl(String text) {
        assertThatThrownBy(() -> UrlParts.parse("url", text))
                .isInstanceOfSatisfying(
                        BadField.class, e -> assertThat(e.toRejected().code()).isIn("bad-url", "bad-port"));
    }
}
