package org.sitrep.ingest.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON Lines files with a real JSON parser, so that the tests also check the files are valid JSON. */
final class JsonLines {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLines() {}

    static List<JsonNode> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<JsonNode> parse(List<String> lines) {
        return lines.stream().map(MAPPER::readTree).toList();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
