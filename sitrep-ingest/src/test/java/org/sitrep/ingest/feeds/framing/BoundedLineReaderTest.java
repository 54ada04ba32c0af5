package org.sitrep.ingest.feeds.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BoundedLineReaderTest {

    private static final int MAX_CHARS = 10;

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** The lines as the contract states them, worked out on the whole text at once. */
    private static List<BoundedLineReader.Line> expected(String text) {
        List<BoundedLineReader.Line> lines = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int start = 0;
        long number = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, Math.min(end, start + MAX_CHARS));
            boolean truncated = end - start > MAX_CHARS;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(new BoundedLineReader.Line(++number, line, truncated));
            start = newline < 0 ? text.length() : newline + 1;
        }
        return lines;
    }

    /** A reader that hands out at most a few characters per read, so lines cross every buffer boundary. */
    private static Reader trickling(String text, Random random) {
        return new FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(7)));
            }
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsTheLinesOfRandomTextsWithBreaksLongLinesAndShortReads(long seed) throws IOException {
        Random random = new Random(seed);
        String[] pieces = {"a", "bc", "\n", "\r\n", "\r", "中", "é", "x".repeat(12), ""};
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }

        List<BoundedLineReader.Line> actual = new ArrayList<>();
        try (BoundedLineReader reader = new BoundedLineReader(trickling(text.toString(), random), MAX_CHARS)) {
            for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
                actual.add(line);
            }
            assertThat(reader.next()).isNull();
        }

        assertThat(actual)
                .as(text.toString().replace("\r", "\\r").replace("\n", "\\n"))
                .isEqualTo(expected(text.toString()));
    }
}
