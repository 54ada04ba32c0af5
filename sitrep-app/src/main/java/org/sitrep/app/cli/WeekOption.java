package org.sitrep.app.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.week.IsoWeek;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --week YYYY-Www}: the ISO week a command works on. */
final class WeekOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--week",
            paramLabel = "YYYY-Www",
            converter = Converter.class,
            description = "ISO week, e.g. 2024-W45; where it may be left out, the latest complete week in the"
                    + " configured zone.")
    @Nullable
    IsoWeek week;

    /** The week given, or the latest complete one in the zone. */
    IsoWeek orLatestComplete(Instant now, ZoneId zone) {
        return week != null ? week : IsoWeek.latestComplete(now, zone);
    }

    Optional<IsoWeek> given() {
        return Optional.ofNullable(week);
    }

    /** The week given; without one, a usage error saying what the week is for. */
    IsoWeek required(String purpose) {
        if (week == null) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "give --week YYYY-Www: " + purpose);
        }
        return week;
    }

    static final class Converter implements CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            return IsoWeek.parse(value);
        }
    }
}
