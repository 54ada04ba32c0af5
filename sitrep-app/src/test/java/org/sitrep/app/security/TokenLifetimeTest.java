package org.sitrep.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {

    @Test
    void readsDaysHoursMinutesAndNever() {
        assertThat(TokenLifetime.parse("90d")).isEqualTo(Duration.ofDays(90));
        assertThat(TokenLifetime.parse(" 12H ")).isEqualTo(Duration.ofHours(12));
        assertThat(TokenLifetime.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(TokenLifetime.parse("never")).isNull();
        assertThat(TokenLifetime.parse("3650d")).isEqualTo(Duration.ofDays(3650));
    }

    @Test
    void takesNinetyDaysWhenNotGiven() {
        assertThat(TokenLifetime.parse(null)).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void refusesWhatIsNotALifetime() {
        for (String text : new String[] {"", "0d", "-1d", "90", "d", "1w", "P90D", "1.5d", "01d", "9999999d"}) {
            assertThatThrownBy(() -> TokenLifetime.parse(text))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + text + "'");
        }
    }

    @Test
    void refusesMoreThanTenYears() {
        assertThatThrownBy(() -> TokenLifetime.parse("3651d"))
                .hasMessage("a token lives at most 3650 days; '3651d' is longer");
    }
}
