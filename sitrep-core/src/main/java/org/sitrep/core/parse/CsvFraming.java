package org.sitrep.core.parse;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a feed lays out its CSV.
 *
 * @param isHeader recognises the header row among the first rows (cells trimmed and lower-cased); a header may
 *     sit in a {@code #} comment, as abuse.ch writes it
 * @param defaultHeader the columns to assume when no header row comes before the first data row (lower case), or
 *     empty when a header is required
 * @param hashComments whether lines starting with {@code #} are comments
 * @param backslashQuotes whether {@code \"} inside a quoted cell is a quote, as Shadowserver writes it
 */
public record CsvFraming(
        Predicate<List<String>> isHeader, List<String> defaultHeader, boolean hashComments, boolean backslashQuotes) {
    public CsvFraming {
        Objects.requireNonNull(isHeader, "isHeader");
        defaultHeader = List.copyOf(defaultHeader);
    }

    /** A framing with RFC 4180 quotes only. */
    public CsvFraming(Predicate<List<String>> isHeader, List<String> defaultHeader, boolean hashComments) {
        this(isHeader, defaultHeader, hashComments, false);
    }

    /** A header row is one that names the given column. */
    public static Predicate<List<String>> headerWith(String column) {
        return cells -> cells.contains(column);
    }
}
