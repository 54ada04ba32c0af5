package org.sitrep.ingest.feeds.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.parse.BadField;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-23 08:15:02, 2026-11-23T08:15:02Z",
        "2026-11-23 08:15:02 UTC, 2026-11-23T08:15:02Z",
        "2026-11-23T06:06:06+00:00, 2026-11-23T06:06:06Z",
        "2026-11-23T14:06:06+08:00, 2026-11-23T06:06:06Z",
        "2026-11-23T08:00:00.000Z, 2026-11-23T08:00:00Z",
        "2026-11-20T14:19:09.000000+00:00, 2026-11-20T14:19:09Z",
        "2026-11-23, 2026-11-23T00:00:00Z",
        "1795420800, 2026-11-23T08:00:00Z"
    })
    void readsFeedTimeFormatsAsUtc(String text, String expected) {
        assertThat(Timestamps.parse("t", text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23/11/2026", "2026-13-01 00:00:00", "yesterday", "2026-11-23 25:00:00", "12"})
    void rejectsOtherText(String text) {
        assertThatThrownBy(() -> Timestamps.parse("t", text))
                .isInstanceOfSatisfying(
                        BadField.class, e -> assertThat(e.toRejected().code()).isEqualTo("bad-timestamp"));
    }
}
