package org.sitrep.core.parse;

import java.time.Clock;

/**
 * What a parser may know about its input.
 *
 * @param fileName the input's file name (some feeds, such as Shadowserver, carry the report type in it)
 * @param clock the time source for fields a feed leaves out ({@code time.observation})
 */
public record FormatContext(String fileName, Clock clock) {
    public FormatContext {
        fileName = fileName == null ? "" : fileName;
        clock = clock == null ? Clock.systemUTC() : clock;
    }
}
