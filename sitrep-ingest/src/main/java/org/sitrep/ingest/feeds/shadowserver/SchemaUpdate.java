package org.sitrep.ingest.feeds.shadowserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Fetches a newer copy of Shadowserver's schema for IntelMQ and puts it in place: downloaded (at most
 * {@link ShadowserverSchema#MAX_BYTES}), parsed as a schema, written whole to a temporary file beside the target
 * and renamed over it. A download that fails or a file that is not a schema Sitrep can apply changes nothing.
 */
public final class SchemaUpdate {

    /** Where Shadowserver publishes the schema for IntelMQ (IntelMQ's Shadowserver parser reads it from there). */
    public static final URI DEFAULT_URL = URI.create("https://interchange.shadowserver.org/intelmq/v1/schema");

    private final HttpClient client;

    public SchemaUpdate(HttpClient client) {
        this.client = client;
    }

    public static SchemaUpdate withDefaultClient() {
        return new SchemaUpdate(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    /** What an update put in place. */
    public record Updated(Path file, int reportTypes, long bytes) {}

    /**
     * Downloads the schema at {@code url} to {@code target}.
     *
     * @throws IOException when the download fails, or the file is not a usable schema (the message says which)
     */
    public Updated update(URI url, Path target) throws IOException, InterruptedException {
        byte[] body = download(url);
        ShadowserverSchema schema;
        try {
            schema = ShadowserverSchema.parse(body, url.toString());
        } catch (IllegalArgumentException notSchema) {
            throw new IOException("refused, the schema in use is unchanged: " + notSchema.getMessage(), notSchema);
        }
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".intelmq-", ".json.part");
        try {
            Files.write(temporary, body);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Updated(target, schema.size(), body.length);
    }

    private byte[] download(URI url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(url + ": HTTP " + response.statusCode() + ", the schema in use is unchanged");
            }
            byte[] body = in.readNBytes(ShadowserverSchema.MAX_BYTES + 1);
            if (body.length > ShadowserverSchema.MAX_BYTES) {
                throw new IOException(url + ": larger than " + ShadowserverSchema.MAX_BYTES
                        + " bytes, not a schema; the schema in use is unchanged");
            }
            return body;
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
