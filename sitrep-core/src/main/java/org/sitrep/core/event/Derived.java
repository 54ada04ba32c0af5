package org.sitrep.core.event;

import org.jspecify.annotations.Nullable;

/**
 * What Sitrep derives from an event at ingest ({@code spec/events.md}, "Derived by Sitrep"). Stored in columns of
 * their own and exported as {@code extra.sitrep.*}. {@code null} means unknown: nothing is guessed.
 *
 * @param kind the bulletin kind, or {@code null} when the event is not counted in the bulletin
 * @param site the host the event is about ({@code source.fqdn} or the URL's host), lower case
 * @param registeredDomain the registrable domain of {@link #site} by the Public Suffix List
 * @param tld the public suffix of {@link #site} ({@code com}, {@code gov.cn})
 * @param domestic whether the observed party is in the home country
 * @param government whether {@link #site} matches the government-site patterns
 * @param registrarCountry country of the registered domain's registrar
 * @param ipLiteral whether the URL's host is an IP address
 * @param targetDomestic for phishing: whether the imitated site is in the home country
 * @param targetSector for phishing: the targeted sector ({@code bank}, {@code government}, …)
 * @param dedupKey identity of the observation: two events with one key are one thing counted once
 */
public record Derived(
        @Nullable BulletinKind kind,
        @Nullable String site,
        @Nullable String registeredDomain,
        @Nullable String tld,
        @Nullable Boolean domestic,
        boolean government,
        @Nullable String registrarCountry,
        boolean ipLiteral,
        @Nullable Boolean targetDomestic,
        @Nullable String targetSector,
        long dedupKey) {

    public static final Derived NONE = new Derived(null, null, null, null, null, false, null, false, null, null, 0L);
}
