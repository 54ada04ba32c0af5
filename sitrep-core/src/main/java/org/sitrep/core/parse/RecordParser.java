package org.sitrep.core.parse;

/** Turns one raw record into an outcome. Never throws for bad input: bad input is a {@link ParseOutcome.Rejected}. */
@FunctionalInterface
public interface RecordParser {
    ParseOutcome parse(RawRecord record);
}
