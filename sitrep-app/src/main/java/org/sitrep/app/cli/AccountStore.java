package org.sitrep.app.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.organisations.Organisations;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Users;
import org.sitrep.app.server.StoreConnections;
import org.sitrep.app.server.StoreDataSource;
import org.sitrep.ingest.store.Store;

/**
 * The users, tokens and organisations of the data directory's store, for the command line while no server owns it.
 * Every change goes to the audit trail as made by {@code cli:<the OS user>} from {@code cli}.
 */
final class AccountStore implements AutoCloseable {

    static final String SOURCE = "cli";

    private final StoreConnections connections;
    final Users users;
    final ApiTokens tokens;
    final Organisations organisations;
    private final AuditTrail audit;

    private AccountStore(Store store) {
        this.connections = new StoreConnections(store);
        DataSource source = new StoreDataSource(connections);
        Clock clock = Clock.systemUTC();
        this.users = new Users(source, clock);
        this.tokens = new ApiTokens(source, users, clock);
        this.organisations = new Organisations(source, clock);
        this.audit = new AuditTrail(source, clock);
    }

    /** Opens the store (making it when {@code create}), refusing when a server owns the data directory. */
    static AccountStore open(Path data, boolean create) throws SQLException {
        return new AccountStore(create ? StoreOptions.open(data) : StoreOptions.openExisting(data));
    }

    /** The one who runs the command, as the audit trail names them. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    void record(String action, @Nullable String target, @Nullable String detail) {
        audit.record(actor(), action, target, detail, SOURCE);
    }

    @Override
    public void close() throws SQLException {
        connections.close();
    }
}
