package org.sitrep.ingest.feeds.shadowserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep shadowserver-schema update}'s download, against a local HTTP server. */
class SchemaUpdateTest {

    @TempDir
    Path data;

    private HttpServer server;
    private byte[] bundled;

    @BeforeEach
    void serve() throws IOException {
        try (InputStream in = ShadowserverSchema.class.getResourceAsStream("intelmq.json")) {
            bundled = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/schema", 200, bundled);
        serve("/broken", 200, "{\"scan_http\": {\"file_name\": ".getBytes(StandardCharsets.UTF_8));
        serve("/html", 200, "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8));
        serve("/missing", 404, "not found".getBytes(StandardCharsets.UTF_8));
        server.start();
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void fetchesTheSchemaIntoTheDataDirectoryWhereIngestFindsIt() throws Exception {
        SchemaLocation location = new SchemaLocation(data, null);

        SchemaUpdate.Updated updated = SchemaUpdate.withDefaultClient().update(url("/schema"), location.updateTarget());

        assertThat(updated.file()).isEqualTo(data.resolve("shadowserver/intelmq.json"));
        assertThat(updated.reportTypes()).isEqualTo(170);
        assertThat(Files.readAllBytes(updated.file())).isEqualTo(bundled);
        assertThat(location.schema().source()).isEqualTo(updated.file().toString());
        assertThat(location.schema().size()).isEqualTo(170);
        assertThat(leftovers()).isZero();
    }

    @Test
    void refusesWhatIsNotASchemaAndKeepsTheCopyInUse() throws Exception {
        Path target = new SchemaLocation(data, null).updateTarget();
        SchemaUpdate update = SchemaUpdate.withDefaultClient();
        update.update(url("/schema"), target);

        assertThatThrownBy(() -> update.update(url("/broken"), target))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("refused, the schema in use is unchanged: " + url("/broken") + ": not JSON");
        assertThatThrownBy(() -> update.update(url("/html"), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> update.update(url("/missing"), target))
                .isInstanceOf(IOException.class)
                .hasMessage(url("/missing") + ": HTTP 404, the schema in use is unchanged");

        assertThat(Files.readAllBytes(target)).isEqualTo(bundled);
        assertThat(leftovers()).isZero();
    }

    @Test
    void writesToTheConfiguredFileWhenSitrepYamlNamesOne() throws Exception {
        SchemaLocation location = new SchemaLocation(data, "feeds/ss.json");

        assertThatThrownBy(location::schema)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feeds.shadowserver.schema");

        SchemaUpdate.withDefaultClient().update(url("/schema"), location.updateTarget());

        assertThat(location.schema().source())
                .isEqualTo(data.resolve("feeds/ss.json").toString());
    }

    @Test
    void usesTheBundledSchemaWithoutAConfiguredOrFetchedCopy() {
        assertThat(new SchemaLocation(data, null).schema()).isSameAs(ShadowserverSchema.bundled());
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part"))
                    .count();
        }
    }
}
