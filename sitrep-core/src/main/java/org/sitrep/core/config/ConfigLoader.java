package org.sitrep.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code sitrep.yaml}: a missing file or key takes the default of {@link SitrepConfig#defaults()}; an unknown
 * key or a bad value is a {@link ConfigException} naming the file, the key and, for unknown keys and unreadable
 * values, the line. The commented example with every default is {@link #example()}.
 */
public final class ConfigLoader {

    /** The file name the command line looks for in the data directory. */
    public static final String FILE_NAME = "sitrep.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigLoader() {}

    public static SitrepConfig defaults() {
        return SitrepConfig.defaults();
    }

    /** The configuration in the file, or the defaults when there is no file. */
    public static SitrepConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return defaults();
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** The configuration in a YAML text; {@code source} names it in messages. */
    public static SitrepConfig parse(String yaml, String source) {
        ConfigFile file;
        try {
            if (isEmpty(yaml)) {
                return defaults();
            }
            file = MAPPER.readValue(yaml, ConfigFile.class);
        } catch (JacksonException e) {
            throw new ConfigException(source + ": " + describe(e, yaml), e);
        }
        return file == null ? defaults() : new ConfigMerge(source).config(file);
    }

    /** The shipped example: every key with its default, commented. */
    public static String example() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("sitrep.example.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource sitrep.example.yaml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only comments, or nothing at all. */
    private static boolean isEmpty(String yaml) {
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            return parser.nextToken() == null;
        }
    }

    /** Jackson's words for a YAML number it cannot take ({@code .nan}, {@code .inf}, {@code 1e99999}). */
    /** Where the YAML scanner stopped, in its own message: {@code in reader, line 4, column 1}. */
    private static final Pattern SCANNER_LINE = Pattern.compile("line (\\d+), column");

    private static final Pattern MALFORMED_NUMBER = Pattern.compile("^Malformed numeric value '([^:']*)");

    private static String describe(JacksonException e, String yaml) {
        Matcher scanned = SCANNER_LINE.matcher(e.getOriginalMessage());
        if (e instanceof StreamReadException && e.getOriginalMessage().startsWith("while scanning") && scanned.find()) {
            // the YAML itself is broken: the scanner's position counts, not the last key read before it
            String reason = e.getOriginalMessage().contains("TAB")
                    ? "a tab cannot indent YAML; indent with spaces"
                    : e.getOriginalMessage()
                            .lines()
                            .skip(1)
                            .findFirst()
                            .orElse("")
                            .strip();
            return "line " + scanned.group(1) + ": " + reason;
        }
        String key = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        int lineNumber = KeyLines.lineOf(MAPPER, yaml, e.getPath());
        TokenStreamLocation location = e.getLocation();
        if (lineNumber < 1 && location != null) {
            lineNumber = location.getLineNr();
        }
        String line = lineNumber < 1 ? "" : " (line " + lineNumber + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key " + key + line + "; known keys here: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        String original = e.getOriginalMessage().lines().findFirst().orElse("");
        Matcher malformed = MALFORMED_NUMBER.matcher(original);
        String detail = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? expected(mismatch)
                : malformed.find() ? "expected a number, was '" + malformed.group(1) + "'" : original;
        return key.isEmpty() ? detail + line : key + line + ": " + detail;
    }

    /** Says what was expected in the file's terms rather than in Java types. */
    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        String what;
        if (type == Integer.class || type == int.class || type == Long.class) {
            what = "a whole number";
        } else if (type == Double.class || type == double.class) {
            what = "a number";
        } else if (type == String.class) {
            what = "a text";
        } else if (java.util.Collection.class.isAssignableFrom(type)) {
            what = "a list";
        } else {
            what = "a mapping of keys to values";
        }
        return e instanceof InvalidFormatException invalid
                ? "expected " + what + ", was '" + invalid.getValue() + "'"
                : "expected " + what;
    }
}
