package org.sitrep.app.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Sitrep server: the REST API under {@code /api/v1}, its OpenAPI document, health and metrics, on the store of
 * one data directory, which it owns while it runs.
 */
@SpringBootApplication(scanBasePackages = "org.sitrep.app")
@ConfigurationPropertiesScan("org.sitrep.app")
public class SitrepServer {

    /** Where and how to serve. Port 0 takes a free port (tests). */
    public record Settings(Path data, String bind, int port) {}

    /** Starts the server and returns once it serves; close the context to stop it. */
    public static ConfigurableApplicationContext start(Settings settings, String... args) {
        SpringApplication application = new SpringApplication(SitrepServer.class);
        application.setMainApplicationClass(SitrepServer.class);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(
                "sitrep.data", settings.data().toAbsolutePath().normalize().toString());
        properties.put("server.address", settings.bind());
        properties.put("server.port", settings.port());
        application.setDefaultProperties(properties);
        return application.run(args);
    }
}
