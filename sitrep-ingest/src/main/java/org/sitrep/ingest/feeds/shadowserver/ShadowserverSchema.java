package org.sitrep.ingest.feeds.shadowserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shadowserver's report schema for IntelMQ ({@code intelmq.json}): every report type with its file-name key,
 * constant classification and field rules. Sitrep carries a copy ({@link #bundled()}); a newer copy can be named in
 * {@code sitrep.yaml} or fetched by {@code sitrep shadowserver-schema update}. A schema that does not parse, or names
 * a conversion function Sitrep does not implement, is refused whole with the report and field at fault: a rule
 * half understood would classify rows wrongly.
 */
public final class ShadowserverSchema {

    /** Bounds what is read as a schema: the published file is under 1 MiB. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final String BUNDLED = "intelmq.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile @Nullable ShadowserverSchema bundled;

    private final Map<String, ReportSchema> byFileName;
    private final String source;

    private ShadowserverSchema(Map<String, ReportSchema> byFileName, String source) {
        this.byFileName = Map.copyOf(byFileName);
        this.source = source;
    }

    /** The copy Sitrep ships (Shadowserver's schema of the date in its {@code _meta}). */
    public static ShadowserverSchema bundled() {
        ShadowserverSchema schema = bundled;
        if (schema == null) {
            try (InputStream in = ShadowserverSchema.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED);
                }
                schema = parse(in.readAllBytes(), "the bundled Shadowserver schema");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = schema;
        }
        return schema;
    }

    /** The schema in a file; an {@link IllegalArgumentException} naming the file when it cannot be used. */
    public static ShadowserverSchema load(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": larger than " + MAX_BYTES + " bytes, not a schema");
            }
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a schema; {@code source} names it in messages.
     *
     * @throws IllegalArgumentException when the text is not a schema Sitrep can apply
     */
    public static ShadowserverSchema parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": not a JSON object of report types");
        }
        Map<String, ReportSchema> reports = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (entry.getKey().startsWith("_")) {
                continue;
            }
            ReportSchema report = report(source, entry.getKey(), entry.getValue());
            ReportSchema earlier = reports.putIfAbsent(report.fileName(), report);
            if (earlier != null) {
                throw new IllegalArgumentException(source + ": reports " + earlier.key() + " and " + report.key()
                        + " share the file name " + report.fileName());
            }
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException(source + ": no report types");
        }
        return new ShadowserverSchema(reports, source);
    }

    private static ReportSchema report(String source, String key, JsonNode node) {
        String where = source + ": report " + key;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": not an object");
        }
        Map<String, String> constants = new LinkedHashMap<>();
        JsonNode constantNode = node.get("constant_fields");
        if (constantNode != null && !constantNode.isNull()) {
            if (!constantNode.isObject()) {
                throw new IllegalArgumentException(where + ": constant_fields is not an object");
            }
            for (Map.Entry<String, JsonNode> constant : constantNode.properties()) {
                if (!constant.getValue().isString()) {
                    throw new IllegalArgumentException(where + ": constant " + constant.getKey() + " is not text");
                }
                constants.put(constant.getKey(), constant.getValue().asString());
            }
        }
        return new ReportSchema(
                key,
                text(node, "file_name", where),
                text(node, "feed_name", where),
                constants,
                rules(node.get("required_fields"), where + ": required_fields"),
                rules(node.get("optional_fields"), where + ": optional_fields"));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing");
        }
        return value.asString();
    }

    private static List<FieldRule> rules(@Nullable JsonNode node, String where) {
        List<FieldRule> rules = new ArrayList<>();
        if (node == null || node.isNull()) {
            return rules;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + ": not a list");
        }
        for (int i = 0; i < node.size(); i++) {
            rules.add(rule(node.get(i), where + "[" + i + "]"));
        }
        return rules;
    }

    /** {@code [target, column]}, {@code [target, column, function]} or {@code [target, column, function, true]}. */
    private static FieldRule rule(JsonNode node, String where) {
        if (!node.isArray() || node.size() < 2 || node.size() > 4) {
            throw new IllegalArgumentException(where + ": not a [field, column, function] rule");
        }
        if (!node.get(0).isString() || !node.get(1).isString()) {
            throw new IllegalArgumentException(where + ": field and column must be text");
        }
        Conversion conversion = null;
        if (node.size() > 2 && !node.get(2).isNull()) {
            String name = node.get(2).asString();
            conversion = Conversion.named(name);
            if (conversion == null) {
                throw new IllegalArgumentException(
                        where + ": conversion function " + name + " is not one Sitrep implements");
            }
        }
        return new FieldRule(node.get(0).asString(), node.get(1).asString(), conversion);
    }

    /** The report a file-name report type names, or {@code null} when the schema has no such report. */
    @Nullable
    ReportSchema report(String fileNameType) {
        return byFileName.get(fileNameType);
    }

    /** Every report of the schema, by its file-name report type. */
    Map<String, ReportSchema> reports() {
        return byFileName;
    }

    /** How many report types the schema has. */
    public int size() {
        return byFileName.size();
    }

    /** Where the schema was read from. */
    public String source() {
        return source;
    }
}
