package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.fields.DottedQuad;

/**
 * Fills the country, province, city and AS of {@code source.*} and {@code destination.*} from IP geolocation
 * databases, asked in the given order. Only what the endpoint lacks is filled; a value the feed gave is never
 * replaced, and nothing is guessed:
 *
 * <ul>
 *   <li>country: from the first database that knows the address;
 *   <li>region and city: only from a database that puts the address in the endpoint's (given or filled) country, so
 *       a province never contradicts the country; city only where the region agrees too;
 *   <li>AS number and name: from the first database that knows them; a name is added to a given number only when the
 *       database has the same number.
 * </ul>
 */
public final class GeoEnricher implements Enricher {

    private final List<IpLocator> locators;
    private final RecentAddresses parsed = new RecentAddresses();

    public GeoEnricher(List<IpLocator> locators) {
        this.locators = List.copyOf(Objects.requireNonNull(locators, "locators"));
    }

    public List<IpLocator> locators() {
        return locators;
    }

    @Override
    public Event enrich(Event event) {
        Endpoint source = enrich(event.source());
        Endpoint destination = enrich(event.destination());
        if (source == event.source() && destination == event.destination()) {
            return event;
        }
        return event.withSource(source).withDestination(destination);
    }

    Endpoint enrich(Endpoint endpoint) {
        if (endpoint.ip() == null || complete(endpoint)) {
            return endpoint;
        }
        long ipv4 = DottedQuad.value(endpoint.ip());
        IPAddress address = ipv4 == DottedQuad.NOT_PLAIN ? parsed.address(endpoint.ip()) : null;
        if (ipv4 == DottedQuad.NOT_PLAIN && address == null) {
            return endpoint;
        }
        Fill fill = new Fill(endpoint);
        for (IpLocator locator : locators) {
            fill.add(address == null ? locator.locateIpv4(ipv4) : locator.locate(address));
            if (fill.complete()) {
                break;
            }
        }
        return fill.changed() ? fill.toEndpoint() : endpoint;
    }

    private static boolean complete(Endpoint endpoint) {
        return endpoint.cc() != null
                && endpoint.region() != null
                && endpoint.city() != null
                && endpoint.asn() != null
                && endpoint.asName() != null;
    }

    /** The endpoint's geo fields while databases are asked. */
    private static final class Fill {
        private final Endpoint original;
        private @Nullable String cc;
        private @Nullable String region;
        private @Nullable String city;
        private @Nullable Long asn;
        private @Nullable String asName;

        Fill(Endpoint original) {
            this.original = original;
            cc = original.cc();
            region = original.region();
            city = original.city();
            asn = original.asn();
            asName = original.asName();
        }

        void add(IpLocation location) {
            if (location.isUnknown()) {
                return;
            }
            if (cc == null) {
                cc = location.countryCode();
            }
            if (cc != null && cc.equals(location.countryCode())) {
                if (region == null) {
                    region = location.region();
                }
                if (city == null && location.city() != null && Objects.equals(region, location.region())) {
                    city = location.city();
                }
            }
            if (asn == null && location.asn() != null) {
                asn = location.asn();
                asName = asName != null ? asName : location.asName();
            } else if (asn != null && asName == null && asn.equals(location.asn())) {
                asName = location.asName();
            }
        }

        boolean complete() {
            return cc != null && region != null && city != null && asn != null && asName != null;
        }

        boolean changed() {
            return !Objects.equals(cc, original.cc())
                    || !Objects.equals(region, original.region())
                    || !Objects.equals(city, original.city())
                    || !Objects.equals(asn, original.asn())
                    || !Objects.equals(asName, original.asName());
        }

        Endpoint toEndpoint() {
            return new Endpoint(
                    original.ip(),
                    original.port(),
                    original.fqdn(),
                    original.url(),
                    asn,
                    asName,
                    original.network(),
                    cc,
                    region,
                    city);
        }
    }
}
