package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.app.server.ServerMarker;
import org.sitrep.app.server.SitrepServer;
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

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: 8080).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: 127.0.0.1, this machine only).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        var running = ServerMarker.running(parent.data());
        if (running.isPresent()) {
            err.println("sitrep: " + running.get().holdsMessage(parent.data()));
            return 1;
        }
        serve(new SitrepServer.Settings(parent.data(), bind, port), err);
        return 0;
    }

    /** Serves until the server is stopped; says where it serves on {@code err}. */
    static void serve(SitrepServer.Settings settings, PrintWriter err) throws InterruptedException {
        SitrepCommand.serverLogging();
        ConfigurableApplicationContext context = SitrepServer.start(settings);
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
