package org.sitrep.ingest.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.Sample;

/**
 * One part of an input as text: a byte-order mark decides the encoding (UTF-8, UTF-16 BE/LE) and is dropped;
 * without one the declared charset applies (GB18030 for some domestic feeds), else UTF-8. Undecodable bytes become
 * U+FFFD, so that the record holding them is rejected or kept rather than the whole file failing. The sample for
 * format detection is taken from the first bytes without consuming them.
 */
record DecodedInput(Sample sample, Reader reader) {

    private static final int SAMPLE_BYTES = 32 * 1024;
    private static final int SAMPLE_LINES = 20;

    static DecodedInput open(String name, InputStream content, @Nullable Charset declared) throws IOException {
        BufferedInputStream in =
                content instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(content, 1 << 16);
        byte[] head = InputParts.peek(in, SAMPLE_BYTES);
        Bom bom = Bom.of(head);
        Charset charset = bom != null ? bom.charset : declared != null ? declared : StandardCharsets.UTF_8;
        int skip = bom == null ? 0 : bom.length;
        in.skipNBytes(skip);
        String text = new String(head, skip, head.length - skip, charset);
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        if (head.length == SAMPLE_BYTES && lines.size() > 1) {
            lines = lines.subList(0, lines.size() - 1);
        }
        lines = lines.subList(0, Math.min(SAMPLE_LINES, lines.size()));
        return new DecodedInput(new Sample(sampleName(name), lines), new InputStreamReader(in, charset));
    }

    /** The part's own name without {@code .gz}: {@code feed.zip!events.jsonl.gz} → {@code events.jsonl}. */
    private static String sampleName(String name) {
        String last = name.substring(name.lastIndexOf('!') + 1);
        last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1);
        return last.endsWith(".gz") ? last.substring(0, last.length() - 3) : last;
    }

    private enum Bom {
        UTF_8(StandardCharsets.UTF_8, 3),
        UTF_16BE(StandardCharsets.UTF_16BE, 2),
        UTF_16LE(StandardCharsets.UTF_16LE, 2);

        private final Charset charset;
        private final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static @Nullable Bom of(byte[] head) {
            if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
                return UTF_8;
            }
            if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
                return UTF_16BE;
            }
            if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
                return UTF_16LE;
            }
            return null;
        }
    }
}
