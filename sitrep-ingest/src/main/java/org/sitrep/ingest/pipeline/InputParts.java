package org.sitrep.ingest.pipeline;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Splits an input file into the parts that hold records: the file itself, its gzip content, or every entry of a zip
 * archive (each possibly gzip-compressed itself). Compression is recognised by its magic bytes, not the name.
 */
final class InputParts {

    /**
     * Receives one part's uncompressed bytes; the stream is valid only during the call. {@code expansion} bounds how
     * many of the part's bytes one byte of the file can become: 1 when the part is the file's bytes as stored,
     * {@link #DEFLATE_EXPANSION} through one layer of DEFLATE (gzip, or a zip entry), more through two.
     */
    @FunctionalInterface
    interface Handler {
        void handle(String name, InputStream content, long expansion) throws IOException, SQLException;
    }

    private static final int BUFFER = 1 << 16;

    /**
     * The most bytes DEFLATE makes of one compressed byte: a 258-byte match costs at least two bits (RFC 1951), so
     * at most 1032 bytes come of a byte of input.
     */
    static final long DEFLATE_EXPANSION = 1032;

    /** Bytes of the file read ahead of what has been decompressed: the file's buffer and the inflater's. */
    static final long READ_AHEAD = 2L * BUFFER;

    private InputParts() {}

    static void forEach(String fileName, InputStream file, Handler handler) throws IOException, SQLException {
        BufferedInputStream in = new BufferedInputStream(file, BUFFER);
        byte[] magic = peek(in, 4);
        if (isZip(magic)) {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    InputStream content = new KeptOpen(zip);
                    InputStream entryContent = gunzipIfCompressed(content);
                    long expansion = entryContent instanceof GunzippedStream
                            ? DEFLATE_EXPANSION * DEFLATE_EXPANSION
                            : DEFLATE_EXPANSION;
                    handler.handle(fileName + "!" + entry.getName(), entryContent, expansion);
                }
            }
            return;
        }
        InputStream content = gunzipIfCompressed(in);
        handler.handle(fileName, content, content == in ? 1 : DEFLATE_EXPANSION);
    }

    private static InputStream gunzipIfCompressed(InputStream content) throws IOException {
        BufferedInputStream in =
                content instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(content, BUFFER);
        byte[] magic = peek(in, 2);
        if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GunzippedStream(new GZIPInputStream(in, BUFFER));
        }
        return in;
    }

    private static boolean isZip(byte[] magic) {
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    static byte[] peek(BufferedInputStream in, int count) throws IOException {
        in.mark(count);
        byte[] bytes = in.readNBytes(count);
        in.reset();
        return bytes;
    }

    /** A gzip member's decompressed bytes, buffered. */
    private static final class GunzippedStream extends BufferedInputStream {
        GunzippedStream(InputStream in) {
            super(in, BUFFER);
        }
    }

    /** A zip entry's stream whose close leaves the archive open for the next entry. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive is closed by its owner after the last entry
        }
    }
}
