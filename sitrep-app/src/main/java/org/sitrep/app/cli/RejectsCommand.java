package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Callable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.ingest.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep rejects}: the reject log — every record ingest refused, with its file, line, field and reason. */
@Command(
        name = "rejects",
        mixinStandardHelpOptions = true,
        description = "List rejected records (newest ingest first) with file, line, field and reason.")
final class RejectsCommand implements Callable<Integer> {

    private static final SqlResources SQL = new SqlResources(RejectsCommand.class, "duckdb");

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "NAME", description = "Only rejects of files whose path ends with NAME.")
    String file;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "100",
            description = "At most N rejects (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int listed = 0;
        try (Store store = StoreOptions.openExisting(
                        parent.data(),
                        StoreOptions.config(parent.data()).zone(),
                        spec.commandLine().getErr());
                PreparedStatement statement = store.connection().prepareStatement(SQL.get("rejects"))) {
            statement.setString(1, file);
            statement.setString(2, file);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String field = rows.getString("field");
                    out.printf(
                            "%s:%d %s — %s [%s]%n",
                            rows.getString("file"),
                            rows.getLong("line"),
                            field == null ? "record" : field,
                            rows.getString("detail"),
                            rows.getString("code"));
                    listed++;
                }
            }
        }
        if (listed == 0) {
            out.println("no rejected records" + (file == null ? "" : " for " + file));
        }
        out.flush();
        return 0;
    }
}
