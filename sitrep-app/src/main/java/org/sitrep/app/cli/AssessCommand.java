package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.WeekReport;
import org.sitrep.app.bulletins.WeekReports;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.assessment.AssessmentExplanation;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.assessment.BandOverride;
import org.sitrep.core.assessment.Calibration;
import org.sitrep.core.assessment.LevelOverride;
import org.sitrep.core.assessment.VulnerabilityLevel;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep assess --week W}: rates a week from the store and shows every step; with {@code --override} an
 * analyst records another band and the reason for it (all overrides are kept, the latest applies).
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Rates a week (优/良/中/差/危), its vulnerability threat level (高/中/低) and main threats, showing every step.",
            "With --override, records an analyst's band and reason; the computed band is kept beside it.",
            "With --override-level, records an analyst's vulnerability threat level the same way.",
            "With --calibrate FROM..TO, computes the reference values from the stored weeks of the period."
        })
final class AssessCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    SitrepCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WeekOption week;

    @Option(
            names = "--calibrate",
            paramLabel = "FROM..TO",
            description = "Compute rating.reference_values from the stored weeks FROM..TO (e.g. 2024-W01..2024-W26):"
                    + " each indicator's median over the weeks with data, printed as the sitrep.yaml section to keep.")
    String calibrate;

    @Option(
            names = "--override",
            paramLabel = "BAND",
            description = "Publish this band instead: 优 良 中 差 危 or excellent good fair poor critical. Needs --reason.")
    String override;

    @Option(
            names = "--override-level",
            paramLabel = "LEVEL",
            description = "Publish this vulnerability threat level instead (e.g. the one the vulnerability database"
                    + " published): 高 中 低 or high medium low. Needs --reason.")
    String overrideLevel;

    @Option(
            names = "--reason",
            paramLabel = "TEXT",
            description = "Why the override (required with --override and --override-level).")
    String reason;

    @Option(
            names = "--analyst",
            paramLabel = "NAME",
            defaultValue = "${env:USER}",
            description = "Who overrides (default: $USER).")
    String analyst;

    @CommandLine.Mixin
    JsonOption json;

    @Override
    public Integer call() throws Exception {
        BandOverride requested = requestedOverride();
        LevelOverride requestedLevel = requestedLevelOverride();
        IsoWeek[] period = calibrate == null ? null : period(calibrate);
        if (period != null && (requested != null || requestedLevel != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--calibrate goes alone, without --override or --override-level");
        }
        CommandContext context = parent.context();
        SitrepConfig config = context.config();
        WeekReports reports = new WeekReports(context.store().connection(), config);
        if (period != null) {
            printCalibration(reports.calibrate(period[0], period[1]));
            return ExitCodes.SUCCESS;
        }
        IsoWeek week = this.week.orLatestComplete(Instant.now(), config.zone());
        if (requested != null) {
            reports.override(week, requested);
        }
        if (requestedLevel != null) {
            reports.overrideLevel(week, requestedLevel);
        }
        WeekReport report = reports.compute(week);
        print(report.assessment(), config);
        return ExitCodes.SUCCESS;
    }

    private @Nullable BandOverride requestedOverride() {
        if (override == null) {
            if (reason != null && overrideLevel == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reason goes with --override");
            }
            return null;
        }
        Band band = Band.parse(override)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--override must be one of 优 良 中 差 危 or excellent good fair poor critical, was '" + override
                                + "'"));
        requireReasonAndAnalyst("--override", "band");
        return new BandOverride(band, reason, analyst, Instant.now());
    }

    private @Nullable LevelOverride requestedLevelOverride() {
        if (overrideLevel == null) {
            return null;
        }
        VulnerabilityLevel level = VulnerabilityLevel.parse(overrideLevel)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--override-level must be one of 高 中 低 or high medium low, was '" + overrideLevel + "'"));
        requireReasonAndAnalyst("--override-level", "level");
        return new LevelOverride(level, reason, analyst, Instant.now());
    }

    private void requireReasonAndAnalyst(String option, String what) {
        if (reason == null || reason.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " needs --reason: say why the computed " + what + " is not published");
        }
        if (analyst == null || analyst.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " needs --analyst NAME (USER is not set)");
        }
    }

    private void print(Assessment assessment, SitrepConfig config) {
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            JsonOption.print(out, assessment);
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

    private IsoWeek[] period(String text) {
        String[] ends = text.strip().split("\\.\\.", -1);
        try {
            if (ends.length == 2) {
                return new IsoWeek[] {IsoWeek.parse(ends[0].strip()), IsoWeek.parse(ends[1].strip())};
            }
        } catch (RuntimeException e) {
            // reported below with the expected form
        }
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "--calibrate takes a period of weeks FROM..TO such as 2024-W01..2024-W26, was '" + text + "'");
    }

    private void printCalibration(Calibration calibration) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "reference values from %d weeks with data of %s..%s (each indicator's median):%n",
                calibration.weeks().size(), calibration.from(), calibration.to());
        out.println();
        out.println("Keep them in sitrep.yaml (in the data directory), replacing the placeholders:");
        out.println();
        out.print(calibration.yaml());
        out.flush();
    }
}
