package org.sitrep.app.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Starts the server and returns once it serves; close the context to stop it. The settings are given as
     * command-line properties, so that no environment variable (SERVER_PORT, SITREP_DATA) can point the server
     * elsewhere than the command that started it checked; {@code args} add more ({@code --name=value}).
     */
    public static ConfigurableApplicationContext start(Settings settings, String... args) {
        SpringApplication application = new SpringApplication(SitrepServer.class);
        application.setMainApplicationClass(SitrepServer.class); // "Started SitrepServer", not the command line
        List<String> all = new ArrayList<>(List.of(
                "--sitrep.data=" + settings.data().toAbsolutePath().normalize(),
                "--server.address=" + settings.bind(),
                "--server.port=" + settings.port()));
        all.addAll(List.of(args));
        return application.run(all.toArray(String[]::new));
    }
}
