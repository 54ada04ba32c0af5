package org.sitrep.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatContextTest {

    record SampleConfig(String source, Map<String, String> sectors, List<String> tags, boolean strict) {}

    private static final SampleConfig DEFAULTS =
            new SampleConfig("feed", Map.of("financial", "bank"), List.of("a"), false);

    private static FormatContext context(Map<String, Object> settings) {
        return new FormatContext("input.csv", Clock.systemUTC(), settings);
    }

    @Test
    void aFeedWithoutSettingsTakesItsDefaults() {
        assertThat(new FormatContext("input.csv", Clock.systemUTC()).config(SampleConfig.class, DEFAULTS))
                .isSameAs(DEFAULTS);
    }

    @Test
    void eachSetKeyReplacesItsDefaultAsAWhole() {
        SampleConfig config = context(Map.of("sectors", Map.of("crypto", "payment"), "strict", true))
                .config(SampleConfig.class, DEFAULTS);

        assertThat(config).isEqualTo(new SampleConfig("feed", Map.of("crypto", "payment"), List.of("a"), true));
    }

    @Test
    void anUnknownKeyOrAWrongValueIsAnErrorNamingIt() {
        assertThatThrownBy(() -> context(Map.of("sector", Map.of())).config(SampleConfig.class, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sector")
                .hasMessageContaining("SampleConfig");
        assertThatThrownBy(() -> context(Map.of("strict", List.of(1))).config(SampleConfig.class, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SampleConfig");
    }
}
