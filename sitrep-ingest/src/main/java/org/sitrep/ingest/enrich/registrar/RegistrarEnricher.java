package org.sitrep.ingest.enrich.registrar;

import com.google.common.net.InternetDomainName;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.Event;

/**
 * Adds {@code extra.registrar_country} (and {@code extra.registrar} when the directory names it) for the registered
 * domain of the event's site ({@code source.fqdn}, else the host of {@code source.url}), when the feed did not give
 * a registrar country. The registered domain is the one already derived, else the Public Suffix List's (Guava).
 * IP-literal hosts and domains the directory does not know stay unknown.
 */
public final class RegistrarEnricher implements Enricher {

    static final String COUNTRY_KEY = "registrar_country";
    static final String NAME_KEY = "registrar";

    private static final Pattern URL_HOST =
            Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@\\s]*@)?([^/?#:\\s\\[\\]]+)");

    private final RegistrarDirectory directory;

    public RegistrarEnricher(RegistrarDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Event enrich(Event event) {
        Object given = event.extra().get(COUNTRY_KEY);
        if (given != null && !given.toString().isBlank() || event.derived().registrarCountry() != null) {
            return event;
        }
        String domain = registeredDomain(event);
        if (domain == null) {
            return event;
        }
        Optional<RegistrarDirectory.Registrar> registrar = directory.find(domain);
        if (registrar.isEmpty()) {
            return event;
        }
        Map<String, Object> extra = new LinkedHashMap<>(event.extra());
        extra.put(COUNTRY_KEY, registrar.get().country());
        if (registrar.get().name() != null && extra.get(NAME_KEY) == null) {
            extra.put(NAME_KEY, registrar.get().name());
        }
        return event.withExtra(extra);
    }

    static @Nullable String registeredDomain(Event event) {
        if (event.derived().registeredDomain() != null) {
            return event.derived().registeredDomain();
        }
        String host = event.source().fqdn();
        if (host == null && event.source().url() != null) {
            Matcher matcher = URL_HOST.matcher(event.source().url().strip());
            host = matcher.find() ? matcher.group(1) : null;
        }
        if (host == null) {
            return null;
        }
        String clean = host.strip().toLowerCase(Locale.ROOT);
        clean = clean.endsWith(".") ? clean.substring(0, clean.length() - 1) : clean;
        if (clean.isEmpty() || clean.matches("[0-9.]+") || !InternetDomainName.isValid(clean)) {
            return null;
        }
        InternetDomainName name = InternetDomainName.from(clean);
        return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
    }
}
