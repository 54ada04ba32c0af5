package org.sitrep.ingest.feeds.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-15T16:13:08+00:00, 2026-11-15T16:13:08Z",
        "2026-11-15T16:13:08Z, 2026-11-15T16:13:08Z",
        "2026-11-15T08:13:08+08:00, 2026-11-15T00:13:08Z",
        "2026-11-15T00:13:08-05:30, 2026-11-15T05:43:08Z",
        "2024-02-29T23:59:59+00:00, 2024-02-29T23:59:59Z"
    })
    void readsIntelMqTimestamps(String text, String instant) {
        assertThat(IsoInstants.plain(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-15 16:13:08+00:00", "2026-02-30T00:00:00Z", "2026-11-15T24:00:00Z", "2026-13-01T00:00:00Z",
                "2026-11-15T16:13:08.5Z", "2026-11-15T16:13:08+19:00", "2026-11-15T16:13:08+0800", "2026-11-15",
                "２０２６-11-15T16:13:08Z", "2026-11-15T16:13:60Z"
            })
    void leavesOtherFormsAndBadValuesToTheFormatter(String text) {
        assertThat(IsoInstants.plain(text)).isNull();
    }

    /** Seeded random instants and offsets, written as IntelMQ writes them, read as the JDK's formatter reads them. */
    @ParameterizedTest
    @MethodSource("randomTimestamps")
    void agreesWithTheJdkFormatter(String text) {
        assertThat(IsoInstants.plain(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    static Stream<String> randomTimestamps() {
        Random random = new Random(20261129L);
        return IntStream.range(0, 200).mapToObj(i -> {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(instant.atOffset(offset))
                    .replace("+00:00", random.nextBoolean() ? "Z" : "+00:00");
        });
    }

    /** Every day, month and day-of-month (valid or not) of recent years and the century years, as LocalDate counts. */
    @Test
    void countsEpochDaysAsLocalDateDoes() {
        for (int year : IntStream.concat(
                        IntStream.rangeClosed(1996, 2030), IntStream.of(0, 1, 4, 100, 400, 1900, 2100, 2400, 9999))
                .toArray()) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    long expected;
                    try {
                        expected = LocalDate.of(year, month, day).toEpochDay();
                    } catch (DateTimeException e) {
                        expected = Long.MIN_VALUE;
                    }
                    assertThat(IsoInstants.epochDay(year, month, day))
                            .as("%d-%d-%d", year, month, day)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** Seeded random UTC times written as Shadowserver writes them, read as the spaced formatter reads them. */
    @ParameterizedTest
    @MethodSource("randomSpacedTimestamps")
    void readsSpacedUtcTimesAsTheFormatterDoes(String text) {
        Instant expected = LocalDateTime.parse(text, DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"))
                .toInstant(ZoneOffset.UTC);

        assertThat(IsoInstants.spaced(text)).isEqualTo(expected);
        assertThat(Timestamps.parse("timestamp", text)).isEqualTo(expected);
    }

    static Stream<String> randomSpacedTimestamps() {
        Random random = new Random(20261130L);
        DateTimeFormatter spaced = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        return IntStream.range(0, 100)
                .mapToObj(i -> spaced.format(Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L))
                        .atOffset(ZoneOffset.UTC)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2026-02-30 00:00:00", "2026-11-15 24:00:00", "2026-11-15T16:13:08", "2026-11-15 16:13:08Z"})
    void leavesOtherSpacedFormsToTheFormatter(String text) {
        assertThat(IsoInstants.spaced(text)).isNull();
    }
}
