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
     * Receives one part's uncompressed bytes; the stream is valid only during the call. {@code stored} is true when
     * the part is the file's bytes as stored (neither archived nor compressed), so that the file's size bounds it.
     */
    @FunctionalInterface
    interface Handler {
        void handle(String name, InputStream content, boolean stored) throws IOException, SQLException;
    }

    private static final int BUFFER = 1 << 16;

    private InputParts() {}

    static void forEach(String fileName, InputStream file, Handler handler) throws IOException, SQLException {
        BufferedInputStream in = new BufferedInputStream(file, BUFFER);
        byte[] magic = peek(in, 4);
        if (isZip(magic)) {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    InputStream content = new KeptOpen(zip);
                    handler.handle(fileName + "!" + entry.getName(), gunzipIfCompressed(content), false);
                }
            }
            return;
        }
        InputStream content = gunzipIfCompressed(in);
        handler.handle(fileName, content, content == in);
    }

    private static InputStream gunzipIfCompressed(InputStream content) throws IOException {
        BufferedInputStream in =
                content instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(content, BUFFER);
        byte[] magic = peek(in, 2);
        if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
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
