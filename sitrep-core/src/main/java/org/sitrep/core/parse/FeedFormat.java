package org.sitrep.core.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * A feed format plug-in, found by name through {@link java.util.ServiceLoader}. It frames an input into raw
 * records, says how sure it is that a sample is its format, and parses records into events, vulnerabilities or
 * cases. Two plug-ins with one name are a start-up error.
 */
public interface FeedFormat {

    /** The stable name used by {@code --format}: {@code intelmq-jsonl}, {@code shadowserver}, {@code urlhaus-csv}. */
    String name();

    /** One line for {@code sitrep formats}: what it reads and what it produces. */
    String description();

    /**
     * How sure the format is that the sample is its own: 0 = not mine, 100 = certainly mine. Detection picks the
     * highest; formats that merely could read the input (generic JSON lines) answer low.
     */
    int detect(Sample sample);

    /** Frames the decoded input into records. The reader is closed with the source. */
    RecordSource open(Reader input) throws IOException;

    /** A parser for the records of one input. */
    RecordParser parser(FormatContext context);
}
