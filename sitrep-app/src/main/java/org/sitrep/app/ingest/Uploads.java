package org.sitrep.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded feed files spooled into the data directory's {@code uploads/}: each one written whole under a
 * {@code .partial} name and then renamed, so that a file the pipeline reads is never half written. The original
 * name is kept (formats and archives are recognised by it too) in a directory of its own per upload.
 */
final class Uploads {

    /** A file too large for {@code sitrep.ingest.max-upload-size}. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message);
        }
    }

    static final String DIRECTORY = "uploads";
    private static final int MAX_NAME = 120;

    private final Path root;
    private final long maxBytes;

    Uploads(Path data, long maxBytes) {
        this.root = data.resolve(DIRECTORY);
        this.maxBytes = maxBytes;
    }

    /** Spools the files; on any failure the files spooled so far are removed again. */
    List<Path> spool(List<MultipartFile> files) throws IOException {
        Path directory = root.resolve(UUID.randomUUID().toString());
        Files.createDirectories(directory);
        List<Path> spooled = new ArrayList<>();
        try {
            for (MultipartFile file : files) {
                spooled.add(spoolOne(directory, file, spooled.size()));
            }
            return spooled;
        } catch (IOException | RuntimeException failure) {
            remove(spooled);
            Files.deleteIfExists(directory);
            throw failure;
        }
    }

    private Path spoolOne(Path directory, MultipartFile file, int index) throws IOException {
        String name = safeName(file.getOriginalFilename(), index);
        if (file.getSize() > maxBytes) {
            throw tooLarge(name);
        }
        Path target = directory.resolve(name);
        Path partial = directory.resolve(name + ".partial");
        try (InputStream in = file.getInputStream();
                OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            for (int read; (read = in.read(buffer)) >= 0; ) {
                written += read;
                if (written > maxBytes) {
                    throw tooLarge(name);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException failure) {
            Files.deleteIfExists(partial);
            throw failure;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private TooLargeException tooLarge(String name) {
        return new TooLargeException(
                name + " is larger than the " + maxBytes + " bytes an upload may have (sitrep.ingest.max-upload-size)");
    }

    /** Removes spooled files (a completed run does not need its file again; a failed one keeps it for resuming). */
    static void remove(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
                Path parent = file.getParent();
                if (parent != null) {
                    try (var left = Files.list(parent)) {
                        if (left.findAny().isEmpty()) {
                            Files.deleteIfExists(parent);
                        }
                    }
                }
            } catch (IOException ignored) {
                // a file left in uploads/ is only disk space; the store does not depend on it
            }
        }
    }

    /** The file's own name without any directory part, or {@code upload-N} when it has none usable. */
    static String safeName(@Nullable String original, int index) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._+-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "upload-" + (index + 1) + name;
        }
        if (name.endsWith(".partial")) {
            name = name + "_";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
