package org.sitrep.ingest.enrich.registrar;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Who registered a domain and where that registrar is, from a CSV file with the header
 * {@code registered_domain,registrar,registrar_country}:
 *
 * <ul>
 *   <li>a row naming a registered domain ({@code example.com.cn}) applies to that domain;
 *   <li>a row whose domain starts with a dot ({@code .cn}, {@code .com.cn}) is a suffix rule: it applies to every
 *       domain under that suffix that has no row of its own; the longest suffix wins. Use it where a registry only
 *       accredits registrars of one country, not as a guess.
 * </ul>
 *
 * {@code registrar_country} is ISO 3166-1 alpha-2; {@code registrar} may be empty. Rows with a bad country code are
 * left out with one warning.
 */
public final class RegistrarDirectory {

    /** One directory entry. */
    public record Registrar(@Nullable String name, String country) {}

    private final Map<String, Registrar> byDomain;
    private final Map<String, Registrar> bySuffix;

    RegistrarDirectory(Map<String, Registrar> byDomain, Map<String, Registrar> bySuffix) {
        this.byDomain = Map.copyOf(byDomain);
        this.bySuffix = Map.copyOf(bySuffix);
    }

    public static RegistrarDirectory load(Path file, Consumer<String> warnings) throws IOException {
        Map<String, Registrar> byDomain = new HashMap<>();
        Map<String, Registrar> bySuffix = new HashMap<>();
        int bad = 0;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                String domain = normalise(record.findField("registered_domain").orElse(""));
                String country =
                        record.findField("registrar_country").orElse("").strip().toUpperCase(Locale.ROOT);
                String name = record.findField("registrar").orElse("").strip();
                if (domain.isEmpty() || domain.equals(".") || !country.matches("[A-Z]{2}")) {
                    bad++;
                    continue;
                }
                Registrar registrar = new Registrar(name.isEmpty() ? null : name, country);
                (domain.startsWith(".") ? bySuffix : byDomain).putIfAbsent(domain, registrar);
            }
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + " is not a readable CSV directory: " + e.getMessage(), e);
        }
        if (bad > 0) {
            warnings.accept("registrar directory " + file.getFileName() + ": " + bad + " row(s) without a domain or"
                    + " a two-letter registrar_country left out");
        }
        return new RegistrarDirectory(byDomain, bySuffix);
    }

    /** The registrar of a registered domain: its own row, else the longest matching suffix rule. */
    public Optional<Registrar> find(String registeredDomain) {
        String domain = normalise(registeredDomain == null ? "" : registeredDomain);
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        Registrar own = byDomain.get(domain);
        if (own != null) {
            return Optional.of(own);
        }
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            Registrar rule = bySuffix.get(domain.substring(dot));
            if (rule != null) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return byDomain.size() + bySuffix.size();
    }

    private static String normalise(String domain) {
        String clean = domain.strip().toLowerCase(Locale.ROOT);
        return clean.endsWith(".") && clean.length() > 1 ? clean.substring(0, clean.length() - 1) : clean;
    }
}
