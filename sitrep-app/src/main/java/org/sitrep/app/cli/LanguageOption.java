package org.sitrep.app.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.report.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --lang LANG}: the language(s) a command writes in, {@code zh-CN}, {@code en} or {@code all}. */
final class LanguageOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "zh-CN or en, or all where a command writes both (default: all where it can, else zh-CN).")
    @Nullable
    String lang;

    /** The languages asked for; all of them when none is given. */
    Set<Language> languages() {
        if (lang == null) {
            return EnumSet.allOf(Language.class);
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "all" -> EnumSet.allOf(Language.class);
            case "zh", "zh-cn", "cn" -> EnumSet.of(Language.CHINESE);
            case "en", "en-us", "en-gb" -> EnumSet.of(Language.ENGLISH);
            default -> throw usage("unknown language " + lang + "; use zh-CN, en or all");
        };
    }

    /** The one language asked for, or {@code fallback} when none is given. */
    Language one(Language fallback) {
        if (lang == null) {
            return fallback;
        }
        Set<Language> languages = languages();
        if (languages.size() != 1) {
            throw usage("--lang " + lang + ": this command writes one language, zh-CN or en");
        }
        return languages.iterator().next();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
