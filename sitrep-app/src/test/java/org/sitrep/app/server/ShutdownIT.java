package org.sitrep.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.jobs.Jobs;
import org.sitrep.ingest.store.Store;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping the server lets the running job finish on the store before the store is closed. */
class ShutdownIT {

    @TempDir
    Path data;

    @Test
    void theRunningJobFinishesItsWriteBeforeTheStoreCloses() throws Exception {
        ConfigurableApplicationContext server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        AuditTrail audit = server.getBean(AuditTrail.class);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.getBean(Jobs.class).submit("test", "tester", progress -> {
            running.countDown();
            release.await();
            audit.record("tester", "test.write", "after the stop began", null, "test");
            return null;
        });
        running.await();
        Thread closing = Thread.ofPlatform().start(server::close);
        release.countDown(); // the job writes while the context is closing, or before; never after the store
        closing.join();
        assertThat(server.isActive()).isFalse();
        assertThat(ServerMarker.running(data)).isEmpty();
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data));
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT count(*) FROM audit_trail WHERE action = 'test.write'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }
}
