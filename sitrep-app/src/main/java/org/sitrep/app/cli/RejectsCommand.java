package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    JsonOption json;

    @Option(names = "--file", paramLabel = "NAME", description = "Only rejects of files whose path ends with NAME.")
    String file;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "100",
            description = "At most N rejects (default: ${DEFAULT-VALUE}).")
    int limit;

    /** One entry of the reject log as {@code --json} prints it. */
    record Reject(
            long runId, String file, long line, @Nullable String field, String code, String detail) {}

    @Override
    public Integer call() throws Exception {
        List<Reject> rejects = new ArrayList<>();
        try (PreparedStatement statement = parent.context().store().connection().prepareStatement(SQL.get("rejects"))) {
            statement.setString(1, file);
            statement.setString(2, file);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rejects.add(new Reject(
                            rows.getLong("run_id"),
                            rows.getString("file"),
                            rows.getLong("line"),
                            rows.getString("field"),
                            rows.getString("code"),
                            rows.getString("detail")));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            JsonOption.print(out, new Rejects(rejects));
            return ExitCodes.SUCCESS;
        }
        for (Reject reject : rejects) {
            out.printf(
                    "%s:%d %s — %s [%s]%n",
                    reject.file(),
                    reject.line(),
                    reject.field() == null ? "record" : reject.field(),
                    reject.detail(),
                    reject.code());
        }
        if (rejects.isEmpty()) {
            out.println("no rejected records" + (file == null ? "" : " for " + file));
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }

    /** What {@code --json} prints: the rejects listed, newest ingest first, at most {@code --limit}. */
    record Rejects(List<Reject> rejects) {}
}
