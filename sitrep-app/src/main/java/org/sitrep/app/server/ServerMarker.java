package org.sitrep.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code server.json} in the data directory while a server runs there: its address and process, so that a command
 * that finds the store held can name the server and say to use its API. Written whole, then renamed into place;
 * removed when the server stops. A marker left by a process that ended is ignored.
 */
public record ServerMarker(String url, long pid, Instant started) {

    public static final String FILE_NAME = "server.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes the marker of this process's server at {@code url}. */
    public static ServerMarker write(Path data, String url) throws IOException {
        ServerMarker marker = new ServerMarker(url, ProcessHandle.current().pid(), Instant.now());
        Path target = data.resolve(FILE_NAME);
        Path partial = data.resolve(FILE_NAME + ".partial");
        Files.writeString(partial, JSON.writeValueAsString(marker));
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return marker;
    }

    /** The server running on the data directory, if there is one and its process is alive. */
    public static Optional<ServerMarker> running(Path data) {
        Path file = data.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ServerMarker marker = JSON.readValue(Files.readString(file), ServerMarker.class);
            boolean alive =
                    ProcessHandle.of(marker.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(marker) : Optional.empty();
        } catch (IOException | JacksonException unreadable) {
            return Optional.empty();
        }
    }

    /** Removes the marker if it is this process's. */
    public static void remove(Path data, @Nullable ServerMarker mine) {
        if (mine == null) {
            return;
        }
        running(data).filter(marker -> marker.pid() == mine.pid()).ifPresent(marker -> {
            try {
                Files.deleteIfExists(data.resolve(FILE_NAME));
            } catch (IOException ignored) {
                // a marker of a process that ended is ignored by running()
            }
        });
    }

    /** One line for a command that cannot open the store: which server holds it and what to do. */
    public String holdsMessage(Path data) {
        return "the Sitrep server at " + url + " (PID " + pid + ") owns "
                + data.toAbsolutePath().normalize() + "; use its API (" + url + "api/v1) or stop it first";
    }
}
