package org.sitrep.ingest.feeds.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.ParseOutcome;

/**
 * The garbage-input tests every feed format passes: random bytes, truncations, a huge field and 200 seeded
 * random mutations of its valid fixture each frame and parse to outcomes without an exception, and damaged input
 * yields rejects rather than silently nothing. A feed's test extends this and names its format and fixture.
 *
 * @param <F> the format under test
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FeedFormatContract<F extends FeedFormat> {

    protected final F format;
    private final String fixtureName;
    private final String valueToInflate;

    /**
     * @param format the format under test
     * @param fixtureName a valid fixture's file name (as the pipeline would pass it), beside the test
     * @param valueToInflate a value in the fixture's first record; the huge-field test replaces it with a 1 MB value
     */
    protected FeedFormatContract(F format, String fixtureName, String valueToInflate) {
        this.format = format;
        this.fixtureName = fixtureName;
        this.valueToInflate = valueToInflate;
    }

    protected final F format() {
        return format;
    }

    protected final String fixtureName() {
        return fixtureName;
    }

    /** The valid fixture's text. */
    protected final String fixture() {
        return FeedRun.resource(getClass(), fixtureName);
    }

    /** What the format makes of its fixture, record by record. */
    protected final List<ParseOutcome> fixtureOutcomes() {
        return FeedRun.outcomes(format, fixture(), fixtureName);
    }

    /** The fixture's records with what the parser made of them. */
    protected final List<FeedRun.Parsed> fixtureRecords() {
        return FeedRun.records(format, fixture(), fixtureName);
    }

    /** The events of the fixture. */
    protected final List<Event> fixtureEvents() {
        return FeedRun.events(fixtureOutcomes());
    }

    protected final String valueToInflate() {
        return valueToInflate;
    }

    @Test
    protected void fixtureParsesWithoutRejects() {
        List<ParseOutcome> outcomes = FeedRun.outcomes(format(), fixture(), fixtureName());
        assertThat(FeedRun.rejects(outcomes)).isEmpty();
        assertThat(FeedRun.events(outcomes)).isNotEmpty().allSatisfy(FeedFormatContract::wellFormed);
    }

    @Test
    void randomBytesYieldRejectsOrNothingButNeverThrow() {
        Random random = new Random(20261123L);
        for (int i = 0; i < 20; i++) {
            String garbage = Mutations.randomText(random, 1 + random.nextInt(4000));
            List<ParseOutcome> outcomes = FeedRun.outcomes(format(), garbage, fixtureName());
            assertThat(FeedRun.events(outcomes)).allSatisfy(FeedFormatContract::wellFormed);
        }
    }

    @Test
    void everyTruncationParsesOrRejects() {
        String valid = fixture();
        int step = Math.max(1, valid.length() / 60);
        IntStream.iterate(1, length -> length < valid.length(), length -> length + step)
                .forEach(length -> assertThatCode(
                                () -> FeedRun.outcomes(format(), valid.substring(0, length), fixtureName()))
                        .as("truncated at %d", length)
                        .doesNotThrowAnyException());
    }

    @Test
    protected void hugeFieldIsRejected() {
        String valid = fixture();
        assertThat(valid).contains(valueToInflate());
        int at = valid.indexOf(valueToInflate());
        String huge = valid.substring(0, at)
                + "x".repeat(1 << 20)
                + valid.substring(at + valueToInflate().length());
        List<ParseOutcome> outcomes = FeedRun.outcomes(format(), huge, fixtureName());
        int before =
                FeedRun.events(FeedRun.outcomes(format(), valid, fixtureName())).size();
        assertThat(FeedRun.rejects(outcomes)).isNotEmpty();
        assertThat(FeedRun.events(outcomes)).hasSizeLessThan(before);
    }

    @Test
    void emptyInputHasNoRecords() {
        assertThat(FeedRun.outcomes(format(), "", fixtureName())).isEmpty();
    }

    List<String> mutations() {
        return Mutations.of(format().name().hashCode(), fixture(), 200);
    }

    @ParameterizedTest(name = "mutation {index}")
    @MethodSource("mutations")
    void mutatedFixtureParsesOrRejectsWithoutThrowing(String mutated) {
        List<ParseOutcome> outcomes = FeedRun.outcomes(format(), mutated, fixtureName());
        assertThat(FeedRun.events(outcomes)).allSatisfy(FeedFormatContract::wellFormed);
        assertThat(FeedRun.rejects(outcomes))
                .allSatisfy(reject -> assertThat(reject.code()).isNotBlank());
    }

    private static void wellFormed(Event event) {
        assertThat(event.feed().name()).isNotBlank();
        assertThat(event.classification().type()).isNotBlank();
        assertThat(event.raw()).isNotBlank();
    }
}
