package org.sitrep.ingest.enrich.derive;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;

/**
 * Computes the fields Sitrep derives at ingest ({@code spec/events.md}, "Derived by Sitrep"). Runs after the
 * other enrichers, so that a country looked up from an address counts. Unknown stays {@code null}: a site
 * without a known country and outside the home ccTLD is neither domestic nor foreign.
 */
public final class Derivation implements Enricher {

    private final DerivationSettings settings;
    private final HostPatterns government;
    /** The home ccTLD: the country code in lower case, {@code uk} for {@code GB}. */
    private final String homeTld;

    private final HostFacts.Cache hosts = new HostFacts.Cache();
    private final RecentKinds kinds;

    public Derivation(DerivationSettings settings) {
        this.settings = settings;
        this.government = new HostPatterns(settings.governmentPatterns());
        this.kinds = new RecentKinds(settings.kindMapping());
        String code = settings.homeCountry().toLowerCase(Locale.ROOT);
        this.homeTld = code.equals("gb") ? "uk" : code;
    }

    @Override
    public Event enrich(Event event) {
        return event.withDerived(derive(event));
    }

    public Derived derive(Event event) {
        BulletinKind kind = kinds.kindOf(
                event.classification().type(), event.classification().identifier());
        String site = Hosts.site(event.source());
        HostFacts facts = hosts.facts(site);
        String tld = facts.publicSuffix();
        return new Derived(
                kind,
                site,
                facts.registeredDomain(),
                tld,
                domestic(event.source().cc(), tld),
                government.matches(site),
                countryCode(event.extra().get("registrar_country")),
                facts.ipLiteral(),
                kind == BulletinKind.PHISHING ? targetDomestic(event.destination()) : null,
                sector(event.extra().get("target_sector")),
                DedupKey.of(event, kind, settings.zone()));
    }

    /** By the country when known, else by the home ccTLD ({@code .cn}, {@code .com.cn}, {@code .gov.cn}). */
    private @Nullable Boolean domestic(@Nullable String countryCode, @Nullable String publicSuffix) {
        if (countryCode != null) {
            return countryCode.equals(settings.homeCountry());
        }
        return underHomeTld(publicSuffix) ? Boolean.TRUE : null;
    }

    private @Nullable Boolean targetDomestic(Endpoint destination) {
        String suffix = hosts.facts(Hosts.site(destination)).publicSuffix();
        return domestic(destination.cc(), suffix);
    }

    private boolean underHomeTld(@Nullable String publicSuffix) {
        return publicSuffix != null && (publicSuffix.equals(homeTld) || publicSuffix.endsWith("." + homeTld));
    }

    private static @Nullable String countryCode(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String code = value.toString().strip().toUpperCase(Locale.ROOT);
        return code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) ? code : null;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static @Nullable String sector(@Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip().toLowerCase(Locale.ROOT);
    }
}
