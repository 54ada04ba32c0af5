package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.RecordGuard;

/**
 * Passes the input on unchanged and keeps the lines read and not yet claimed (ended as FastCSV ends them: by
 * {@code \n}, {@code \r\n} or {@code \r}), so that a record framed by FastCSV
 * can keep its text exactly as in the file (for audit). Holds only what FastCSV has read ahead; a line is kept up
 * to one character past {@link RecordGuard#MAX_RECORD_CHARS} (a longer record is refused for its length anyway).
 */
final class LineKeeper extends Reader {

    private static final int MAX_KEPT = RecordGuard.MAX_RECORD_CHARS + 1;

    private final Reader in;
    private final Deque<String> lines = new ArrayDeque<>();
    /** The number of the first line in {@link #lines}. */
    private long first = 1;

    private final StringBuilder current = new StringBuilder();
    private boolean ended;
    /** Whether the last character read was a {@code \r}: a {@code \n} right after it ends no second line. */
    private boolean afterCarriageReturn;
    /** Text to hand on again before reading on, after a restart. */
    private @Nullable String replay;

    private int replayed;
    /** Whether the rest of a line is being dropped, after a restart. */
    private boolean skippingLine;

    LineKeeper(Reader input) {
        this.in = input;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        String pending = replay;
        int read = pending != null ? replay(pending, buffer, offset, length) : in.read(buffer, offset, length);
        while (read > 0 && skippingLine) {
            int kept = skipLineEnd(buffer, offset, read);
            if (kept > 0) {
                read = kept;
                break;
            }
            read = in.read(buffer, offset, length);
        }
        if (read < 0) {
            ended = true;
            return read;
        }
        int from = offset;
        for (int i = offset; i < offset + read; i++) {
            char c = buffer[i];
            if (c == '\n' && afterCarriageReturn) {
                from = i + 1;
            } else if (c == '\n' || c == '\r') {
                keep(buffer, from, i - from);
                lines.add(current.toString());
                current.setLength(0);
                from = i + 1;
            }
            afterCarriageReturn = c == '\r';
        }
        keep(buffer, from, offset + read - from);
        return read;
    }

    private int replay(String pending, char[] buffer, int offset, int length) {
        int count = Math.min(length, pending.length() - replayed);
        pending.getChars(replayed, replayed + count, buffer, offset);
        replayed += count;
        if (replayed == pending.length()) {
            replay = null;
        }
        return count;
    }

    /**
     * Drops the characters up to and with the end of the line being skipped; moves what follows it to the start
     * of the chunk and returns its length (0 when the whole chunk was dropped).
     */
    private int skipLineEnd(char[] buffer, int offset, int read) {
        int i = offset;
        while (i < offset + read && skippingLine) {
            char c = buffer[i++];
            if (c == '\n' || c == '\r') {
                skippingLine = false;
                afterCarriageReturn = c == '\r';
            }
        }
        if (afterCarriageReturn && i < offset + read && buffer[i] == '\n') {
            i++;
            afterCarriageReturn = false;
        }
        int rest = offset + read - i;
        System.arraycopy(buffer, i, buffer, offset, rest);
        return rest;
    }

    /**
     * Starts the input again after the given line: the lines after it that were already read come again, then the
     * rest of the input (the rest of that line is skipped if it has not been read yet). Lines are numbered on.
     */
    void restartAfter(long line) {
        while (first <= line && !lines.isEmpty()) {
            lines.poll();
            first++;
        }
        StringBuilder again = new StringBuilder();
        if (first <= line) {
            skippingLine = !ended;
        } else {
            for (String kept : lines) {
                again.append(kept).append('\n');
            }
            again.append(current);
        }
        lines.clear();
        current.setLength(0);
        first = line + 1;
        afterCarriageReturn = false;
        replay = again.isEmpty() ? null : again.toString();
        replayed = 0;
    }

    private void keep(char[] buffer, int from, int count) {
        int room = MAX_KEPT - current.length();
        current.append(buffer, from, Math.max(0, Math.min(room, count)));
    }

    /**
     * The text of lines {@code from} to {@code to} (1-based, inclusive), joined by {@code \n}, at most
     * {@code maxChars} long; the lines before {@code from} are let go.
     */
    String lines(long from, long to, int maxChars) {
        while (first < from && !lines.isEmpty()) {
            lines.poll();
            first++;
        }
        if (from == to && first == from && !lines.isEmpty()) {
            String line = lines.peek();
            return line.length() > maxChars ? line.substring(0, maxChars) : line;
        }
        StringBuilder text = new StringBuilder();
        long number = first;
        for (String line : lines) {
            if (number > to || text.length() >= maxChars) {
                break;
            }
            if (number >= from) {
                if (number > from) {
                    text.append('\n');
                }
                text.append(line);
            }
            number++;
        }
        if (number <= to && number >= from && (ended || !current.isEmpty())) {
            if (number > from) {
                text.append('\n');
            }
            text.append(current);
        }
        return text.length() > maxChars ? text.substring(0, maxChars) : text.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
