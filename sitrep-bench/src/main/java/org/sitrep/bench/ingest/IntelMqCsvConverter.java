package org.sitrep.bench.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes IntelMQ JSON Lines as IntelMQ CSV with the dotted header: one pass collects the union of keys (in first-seen
 * order), a second writes one row per line. Values are written as their JSON text; absent keys stay empty.
 */
public final class IntelMqCsvConverter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IntelMqCsvConverter() {}

    /** Converts the JSON Lines files into one CSV file; returns the number of rows written. */
    public static long convert(List<Path> jsonl, Path csv) throws IOException {
        List<String> header = new ArrayList<>(keys(jsonl));
        long rows = 0;
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CsvWriter writer = CsvWriter.builder().build(out)) {
            writer.writeRecord(header);
            String[] cells = new String[header.size()];
            for (Path file : jsonl) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        Map<String, Object> members = members(line);
                        for (int i = 0; i < cells.length; i++) {
                            Object value = members.get(header.get(i));
                            cells[i] = value == null ? "" : value.toString();
                        }
                        writer.writeRecord(cells);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** Converts lines held in memory (for the micro-benchmarks). */
    public static String convert(List<String> lines) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        lines.forEach(line -> keys.addAll(members(line).keySet()));
        List<String> header = new ArrayList<>(keys);
        java.io.StringWriter text = new java.io.StringWriter();
        try (CsvWriter writer = CsvWriter.builder().build(text)) {
            writer.writeRecord(header);
            for (String line : lines) {
                Map<String, Object> members = members(line);
                writer.writeRecord(header.stream()
                        .map(key ->
                                members.get(key) == null ? "" : members.get(key).toString())
                        .toList());
            }
        }
        return text.toString();
    }

    private static Set<String> keys(List<Path> jsonl) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (Path file : jsonl) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    keys.addAll(members(line).keySet());
                }
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(String line) {
        return JSON.readValue(line, LinkedHashMap.class);
    }
}
