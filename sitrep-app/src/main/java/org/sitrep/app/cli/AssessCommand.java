package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.WeekReport;
import org.sitrep.app.bulletins.WeekReports;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.assessment.AssessmentExplanation;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.assessment.BandOverride;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sitrep assess --week W}: rates a week from the store and shows every step; with {@code --override} an
 * analyst records another band and the reason for it (all overrides are kept, the latest applies).
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Rates a week (优/良/中/差/危), its vulnerability threat level (高/中/低) and main threats, showing every step.",
            "With --override, records an analyst's band and reason; the computed band is kept beside it."
        })
final class AssessCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    SitrepCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--week",
            required = true,
            paramLabel = "WEEK",
            converter = WeekConverter.class,
            description = "ISO week, e.g. 2024-W45.")
    IsoWeek week;

    @Option(
            names = "--override",
            paramLabel = "BAND",
            description = "Publish this band instead: 优 良 中 差 危 or excellent good fair poor critical. Needs --reason.")
    String override;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the override (required with --override).")
    String reason;

    @Option(
            names = "--analyst",
            paramLabel = "NAME",
            defaultValue = "${env:USER}",
            description = "Who overrides (default: $USER).")
    String analyst;

    @Option(names = "--json", description = "Print the assessment as JSON instead of the explanation.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        BandOverride requested = requestedOverride();
        Path store = parent.data.resolve("sitrep.duckdb");
        if (!Files.exists(store)) {
            throw new IllegalArgumentException("no store at " + store + "; ingest data first or choose --data");
        }
        SitrepConfig config = ConfigLoader.load(parent.data.resolve(ConfigLoader.FILE_NAME));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            Migrations.migrate(connection);
            WeekReports reports = new WeekReports(connection, config);
            WeekReport report = requested == null ? reports.compute(week) : reports.override(week, requested);
            print(report.assessment(), config);
        }
        return 0;
    }

    private @Nullable BandOverride requestedOverride() {
        if (override == null) {
            if (reason != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reason goes with --override");
            }
            return null;
        }
        Band band = Band.parse(override)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--override must be one of 优 良 中 差 危 or excellent good fair poor critical, was '" + override
                                + "'"));
        if (reason == null || reason.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--override needs --reason: say why the computed band is not published");
        }
        if (analyst == null || analyst.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--override needs --analyst NAME (USER is not set)");
        }
        return new BandOverride(band, reason, analyst, Instant.now());
    }

    private void print(Assessment assessment, SitrepConfig config) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder()
                    .build()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(assessment));
        } else {
            out.print(AssessmentExplanation.render(assessment, config.rating()));
            out.println();
            out.println(assessment.zh().rating()
                    + assessment.zh().infrastructure()
                    + assessment.zh().mainThreats());
            out.println(assessment.en().rating() + " " + assessment.en().infrastructure() + " "
                    + assessment.en().mainThreats());
        }
        out.flush();
    }

    static final class WeekConverter implements CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            return IsoWeek.parse(value);
        }
    }
}
