package org.sitrep.app.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.jobs.Jobs;
import org.sitrep.app.organisations.Organisations;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Users;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.ingest.store.Store;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/** The server's parts that are not Spring's: the store, opened once, its configuration, users, tokens, audit. */
@Configuration(proxyBeanMethods = false)
class ServerBeans {

    private final ServerProperties properties;
    private volatile @Nullable ServerMarker marker;

    ServerBeans(ServerProperties properties) {
        this.properties = properties;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    StoreConnections storeConnections() throws SQLException {
        return new StoreConnections(Store.open(properties.data()));
    }

    @Bean
    DataSource storeDataSource(StoreConnections connections) {
        return new StoreDataSource(connections);
    }

    @Bean
    SitrepConfig sitrepConfig() {
        return ConfigLoader.load(properties.data().resolve(ConfigLoader.FILE_NAME));
    }

    @Bean
    Users users(DataSource store, Clock clock) {
        return new Users(store, clock);
    }

    @Bean
    ApiTokens apiTokens(DataSource store, Users users, Clock clock) {
        return new ApiTokens(store, users, clock);
    }

    @Bean
    AuditTrail auditTrail(DataSource store, Clock clock) {
        return new AuditTrail(store, clock);
    }

    @Bean
    Organisations organisations(DataSource store, Clock clock) {
        return new Organisations(store, clock);
    }

    /**
     * Closed after the web server has stopped taking requests (graceful shutdown is a lifecycle phase, before any
     * bean is destroyed) and before the store, which it depends on: the running job finishes or is interrupted,
     * and an ingest run cut short is marked interrupted when the store is next opened.
     */
    @Bean(destroyMethod = "close")
    @DependsOn("storeConnections")
    Jobs jobs(Clock clock) {
        return new Jobs(clock);
    }

    /** The job queue's length, as {@code sitrep.jobs.pending}. */
    @Bean
    MeterBinder jobsPending(Jobs jobs) {
        return registry -> Gauge.builder("sitrep.jobs.pending", jobs, Jobs::pending)
                .description("Jobs queued or running")
                .register(registry);
    }

    /** Once it serves, the server says so in the data directory ({@link ServerMarker}). */
    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String host = web.getEnvironment().getProperty("server.address", "127.0.0.1");
            String url = "http://" + host + ":"
                    + Objects.requireNonNull(web.getWebServer()).getPort() + "/";
            try {
                marker = ServerMarker.write(properties.data(), url);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot write " + ServerMarker.FILE_NAME + " in " + properties.data(), e);
            }
        }
    }

    @EventListener
    void closed(ContextClosedEvent event) {
        ServerMarker.remove(properties.data(), marker);
    }
}
