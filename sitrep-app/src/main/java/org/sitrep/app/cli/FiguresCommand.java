package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureLabels;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.NotInBulletin;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code sitrep figures}: every figure of one week, as a table or as JSON. */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        description = "Prints every figure of a bulletin week: this week, last week and the change.")
final class FiguresCommand implements Callable<Integer> {

    /** The event store's file name inside the data directory. */
    static final String STORE_FILE = "sitrep.duckdb";

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--week",
            paramLabel = "YYYY-Www",
            description = "ISO week, e.g. 2024-W45 (default: the latest complete week).")
    String week;

    @Option(
            names = "--json",
            description = "Print the whole result as JSON, with the events not in the bulletin as notInBulletin.")
    boolean json;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "zh-CN",
            description = "Language of the labels: zh-CN or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FigureSettings settings = StoreOptions.config(parent.data()).figureSettings();
        Path store = parent.data().resolve(STORE_FILE);
        if (!Files.isRegularFile(store)) {
            err.println("sitrep: no store at " + store + " (ingest data or run `sitrep demo` first)");
            return 1;
        }
        Instant now = Instant.now();
        IsoWeek wanted = week == null ? IsoWeek.latestComplete(now, settings.zone()) : IsoWeek.parse(week);
        if (!wanted.start(settings.zone()).isBefore(now)) {
            err.println("sitrep: " + wanted + " lies in the future (it starts " + wanted.monday() + " in "
                    + settings.zone() + "); there are no figures for it yet");
            return 1;
        }
        WeeklyFigures figures;
        List<NotInBulletin.Row> notCounted;
        StoreOptions.refuseWhenServed(parent.data);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            Migrations.migrate(connection);
            UnfinishedRuns.warn(connection, settings.zone(), err);
            figures = new FigureEngine(connection, settings).compute(wanted);
            notCounted = NotInBulletin.of(connection, wanted, settings.zone());
        }
        if (!figures.hasData()) {
            err.println("sitrep: the store holds no data for " + wanted + "; every figure of it is 0");
        } else if (!wanted.end(settings.zone()).isBefore(now)) {
            err.println("sitrep: " + wanted + " is not over yet; the figures cover it so far");
        }
        if (json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ObjectNode document = mapper.valueToTree(figures);
            ArrayNode rows = document.putArray("notInBulletin");
            for (NotInBulletin.Row row : notCounted) {
                rows.addObject()
                        .put("kind", row.kind() == null ? null : row.kind().id())
                        .put("type", row.type())
                        .put("events", row.events());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } else {
            FigureLabels labels = FigureLabels.of(Locale.forLanguageTag(language));
            new FigureTable(labels).print(figures, out);
            NotInBulletinTable.print(labels, notCounted, out);
        }
        out.flush();
        return 0;
    }
}
