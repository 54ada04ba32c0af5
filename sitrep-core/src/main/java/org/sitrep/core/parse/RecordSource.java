package org.sitrep.core.parse;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The records of one input, read lazily. A framing error (a line that is not one record at all) is reported as a
 * record whose parse will reject it, not thrown, so that nothing is lost silently.
 */
public interface RecordSource extends Iterator<RawRecord>, Closeable {}
