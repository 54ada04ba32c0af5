package org.sitrep.core.parse;

import java.util.List;

/**
 * The start of an input, for format detection: its file name (without {@code .gz}) and its first lines, decoded,
 * without a byte-order mark.
 */
public record Sample(String fileName, List<String> firstLines) {
    public Sample {
        fileName = fileName == null ? "" : fileName;
        firstLines = List.copyOf(firstLines);
    }

    /** The first line that is not blank, or the empty string. */
    public String firstContentLine() {
        return firstLines.stream().filter(line -> !line.isBlank()).findFirst().orElse("");
    }
}
