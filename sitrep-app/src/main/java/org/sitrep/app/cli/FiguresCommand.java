package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sitrep.app.weeks.WeekFigures;
import org.sitrep.core.figures.FigureLabels;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep figures}: every figure of one week, as a table or as JSON. */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        description = {
            "Prints every figure of a bulletin week: this week, last week and the change.",
            "--json prints the whole result, with the events not in the bulletin as notInBulletin; --lang is zh-CN"
                    + " (the default) or en."
        })
final class FiguresCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    WeekOption week;

    @Mixin
    LanguageOption language;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws SQLException {
        CommandContext context = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = context.err();
        FigureSettings settings = context.config().figureSettings();
        Language labelLanguage = language.one(Language.CHINESE);
        Connection connection = context.store().connection();
        Instant now = Instant.now();
        IsoWeek wanted = week.orLatestComplete(now, settings.zone());
        WeekFigures result;
        try {
            result = WeekFigures.compute(connection, settings, wanted, now);
        } catch (WeekFigures.FutureWeekException future) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.valueOf(future.getMessage()));
        }
        WeeklyFigures figures = result.figures();
        if (!figures.hasData()) {
            err.println("sitrep: the store holds no data for " + wanted + "; every figure of it is 0");
        } else if (!wanted.end(settings.zone()).isBefore(now)) {
            err.println("sitrep: " + wanted + " is not over yet; the figures cover it so far");
        }
        err.flush();
        if (json.on()) {
            JsonOption.print(out, result.document());
        } else {
            FigureLabels labels = FigureLabels.of(labelLanguage.locale());
            new FigureTable(labels).print(figures, out);
            NotInBulletinTable.print(labels, result.notInBulletin(), out);
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }
}
