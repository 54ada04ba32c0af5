package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.server.ServerMarker;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.core.config.ServerSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API on the data directory's store, until stopped (Ctrl-C or SIGTERM). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the REST API (and its OpenAPI document) on the data directory's store.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "${env:SITREP_PORT}",
            description = "Port (default: SITREP_PORT, else sitrep.yaml's server.port, else 8080).")
    @Nullable
    Integer port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "${env:SITREP_BIND}",
            description = "Address to listen on (default: SITREP_BIND, else sitrep.yaml's server.bind, else"
                    + " 127.0.0.1: this machine only).")
    @Nullable
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        var running = ServerMarker.running(parent.data());
        if (running.isPresent()) {
            err.println("sitrep: " + running.get().holdsMessage(parent.data()));
            return 1;
        }
        ServerSettings configured = StoreOptions.config(parent.data()).server();
        serve(
                new SitrepServer.Settings(
                        parent.data(),
                        bind != null ? bind : configured.bind(),
                        port != null ? port : configured.port()),
                configured.logFormat(),
                err);
        return 0;
    }

    /**
     * Serves until the server is stopped; says where it serves on {@code err}. Log lines are JSON when {@code
     * SITREP_LOG_FORMAT} or else sitrep.yaml's {@code server.log_format} says {@code json}.
     */
    static void serve(SitrepServer.Settings settings, ServerSettings.LogFormat configured, PrintWriter err)
            throws InterruptedException {
        SitrepCommand.serverLogging();
        String variable = System.getenv("SITREP_LOG_FORMAT");
        ServerSettings.LogFormat format = variable == null ? configured : ServerSettings.LogFormat.of(variable);
        ConfigurableApplicationContext context = format == ServerSettings.LogFormat.JSON
                ? SitrepServer.start(settings, "--logging.structured.format.console=ecs")
                : SitrepServer.start(settings);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ServerMarker.running(settings.data()).ifPresent(marker -> {
            err.println("sitrep: serving " + marker.url() + " — the API at " + marker.url() + "api/v1, its"
                    + " documentation at " + marker.url() + "swagger-ui.html; Ctrl-C stops it");
            err.flush();
        });
        closed.await();
    }
}
