package org.sitrep.app.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.Users;
import org.sitrep.app.server.Api;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.core.store.Migrations;
import org.sitrep.ingest.store.Store;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Events search, facets and cases on a small store with two partner organisations (and a third with no
 * constituency): staff see everything, each partner only its own organisation's cases and its constituency's events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerScopeIT {

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private Api api;
    private String analyst;
    private String viewer;
    private String coordinator;
    private String partnerA;
    private String partnerB;
    private String partnerC;
    private String partnerD;

    @BeforeAll
    void start() throws Exception {
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            // week 2024-W45 runs from 2024-11-03T16:00Z to 2024-11-10T16:00Z in Asia/Shanghai
            statement.execute("""
                    INSERT INTO events (dedup_key, time_source, feed_name, classification_type, source_ip, source_asn,
                        source_geolocation_cc, source_geolocation_region, source_fqdn, registered_domain, kind, tlp,
                        domestic, government, ip_literal)
                    VALUES
                      (1, TIMESTAMP '2024-11-05 10:00:00', 'sinkhole', 'infected-system', '198.51.100.7', 64500,
                       'CN', 'Guangdong', NULL, NULL, 'infected', NULL, TRUE, FALSE, FALSE),
                      (2, TIMESTAMP '2024-11-06 10:00:00', 'sinkhole', 'infected-system', '203.0.113.9', 64501,
                       'CN', 'Beijing', NULL, NULL, 'infected', 'AMBER', TRUE, FALSE, FALSE),
                      (3, TIMESTAMP '2024-11-06 10:00:00', 'phishfeed', 'phishing', '192.0.2.1', 64502,
                       'US', NULL, 'login.bank-a.example', 'bank-a.example', 'phishing', NULL, FALSE, FALSE, FALSE),
                      (4, TIMESTAMP '2024-11-07 10:00:00', 'sinkhole', 'infected-system', '2001:db8:1::5', 64503,
                       'CN', 'Guangdong', NULL, NULL, 'infected', NULL, TRUE, FALSE, FALSE),
                      (5, TIMESTAMP '2024-10-29 10:00:00', 'sinkhole', 'infected-system', '198.51.100.8', 64500,
                       'CN', 'Guangdong', NULL, NULL, 'infected', NULL, TRUE, FALSE, FALSE),
                      (6, TIMESTAMP '2024-11-05 10:00:00', 'sinkhole', 'infected-system', '198.51.100.9', 64500,
                       'CN', 'Guangdong', NULL, NULL, 'infected', 'RED', TRUE, FALSE, FALSE)""");
            statement.execute("""
                    INSERT INTO organisations (id, name, kind, country, created_at) VALUES
                      ('org-a', 'Example Telecom', 'telecom-operator', 'CN', TIMESTAMP '2024-01-01 00:00:00'),
                      ('org-b', 'Example Cloud', 'cloud-provider', 'CN', TIMESTAMP '2024-01-01 00:00:00'),
                      ('org-c', 'Example Registrar', 'registrar', 'CN', TIMESTAMP '2024-01-01 00:00:00'),
                      ('org-d', 'Example Hosting', 'hosting', 'CN', TIMESTAMP '2024-01-01 00:00:00')""");
            statement.execute("""
                    INSERT INTO organisation_constituency (organisation_id, kind, value) VALUES
                      ('org-a', 'asn', '64500'), ('org-a', 'domain', 'bank-a.example'),
                      ('org-b', 'cidr', '203.0.113.0/24'), ('org-b', 'cidr', '2001:db8:1::/48')""");
            statement.execute("""
                    INSERT INTO cases (id, title, type, reported_at, cross_border, infrastructure_scope, status,
                        targets)
                    VALUES ('CASE-1', 'phishing of bank A', 'phishing', TIMESTAMP '2024-11-05 09:00:00', FALSE,
                            'none', 'coordinating', '["http://login.bank-a.example/"]'),
                           ('CASE-2', 'malware on cloud hosts', 'malicious-code', TIMESTAMP '2024-11-06 09:00:00',
                            FALSE, 'none', 'new', NULL),
                           ('CASE-3', 'defacement', 'defacement', TIMESTAMP '2024-10-30 09:00:00', FALSE, 'none',
                            'resolved', NULL)""");
            statement.execute("""
                    INSERT INTO case_partners (case_id, position, name, kind, country) VALUES
                      ('CASE-1', 0, 'Example Telecom', 'telecom-operator', 'CN'),
                      ('CASE-2', 0, 'Example Cloud', 'cloud-provider', 'CN')""");
            statement.execute("""
                    INSERT INTO case_organisations (case_id, organisation_id, linked_at, linked_by) VALUES
                      ('CASE-1', 'org-a', TIMESTAMP '2024-11-05 10:00:00', 'cora'),
                      ('CASE-2', 'org-b', TIMESTAMP '2024-11-06 10:00:00', 'cora')""");
        }
        server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        api = new Api(server);
        analyst = user("ann", Role.ANALYST, null);
        viewer = user("vera", Role.VIEWER, null);
        coordinator = user("cora", Role.COORDINATOR, null);
        partnerA = user("pat-a", Role.PARTNER, "org-a");
        partnerB = user("pat-b", Role.PARTNER, "org-b");
        partnerC = user("pat-c", Role.PARTNER, "org-c");
        partnerD = user("pat-d", Role.PARTNER, "org-d");
    }

    private String user(String name, Role role, String organisation) {
        server.getBean(Users.class).add(name, "a long enough password", role, organisation);
        return server.getBean(ApiTokens.class).create(name, role, "tests", null).secret();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private List<Long> eventIds(String query, String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        api.json("/api/v1/events" + query, token)
                .path("events")
                .forEach(event -> ids.add(event.path("id").asLong()));
        return ids;
    }

    private List<String> caseIds(String query, String token) throws Exception {
        List<String> ids = new ArrayList<>();
        api.json("/api/v1/cases" + query, token)
                .path("cases")
                .forEach(found -> ids.add(found.path("id").asString()));
        return ids;
    }

    @Test
    void staffSeeEveryEventNewestFirstWithTiesByIdDescending() throws Exception {
        assertThat(eventIds("", analyst)).containsExactly(4L, 3L, 2L, 6L, 1L, 5L);
        assertThat(eventIds("", viewer)).containsExactly(4L, 3L, 2L, 6L, 1L, 5L);
    }

    @Test
    void pagesFollowTheSameOrderAndSayWhetherMoreFollow() throws Exception {
        JsonNode first = api.json("/api/v1/events?size=4", analyst);
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(eventIds("?size=4&page=1", analyst)).containsExactly(1L, 5L);
        assertThat(api.json("/api/v1/events?size=4&page=1", analyst)
                        .path("more")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void filtersByWeekKindFeedCountryProvinceAsnAndDomain() throws Exception {
        assertThat(eventIds("?week=2024-W45", analyst)).containsExactly(4L, 3L, 2L, 6L, 1L);
        assertThat(eventIds("?week=2024-W44", analyst)).containsExactly(5L);
        assertThat(eventIds("?kind=phishing", analyst)).containsExactly(3L);
        assertThat(eventIds("?type=infected-system&feed=sinkhole&country=cn&province=Beijing", analyst))
                .containsExactly(2L);
        assertThat(eventIds("?asn=AS64500", analyst)).containsExactly(6L, 1L, 5L);
        assertThat(eventIds("?domain=bank-a.example", analyst)).containsExactly(3L);
        assertThat(eventIds("?domain=example", analyst)).containsExactly(3L);
    }

    @Test
    void matchesAnIpExactlyAndANetworkByContainment() throws Exception {
        assertThat(eventIds("?ip=198.51.100.7", analyst)).containsExactly(1L);
        assertThat(eventIds("?ip=2001:DB8:1:0:0:0:0:5", analyst)).containsExactly(4L);
        assertThat(eventIds("?cidr=198.51.100.0/24", analyst)).containsExactly(6L, 1L, 5L);
        assertThat(eventIds("?cidr=198.51.100.8/31", analyst)).containsExactly(6L, 5L);
        assertThat(eventIds("?cidr=2001:db8::/32", analyst)).containsExactly(4L);
        assertThat(eventIds("?cidr=0.0.0.0/0", analyst)).containsExactly(3L, 2L, 6L, 1L, 5L);
        assertThat(eventIds("?cidr=192.0.2.1", analyst)).containsExactly(3L);
    }

    @Test
    void aPartnerSeesOnlyItsConstituencysEventsAndNoRedOnes() throws Exception {
        // org-a: AS64500 (events 1, 5, and 6 which is TLP:RED) and bank-a.example (event 3)
        assertThat(eventIds("", partnerA)).containsExactly(3L, 1L, 5L);
        // org-b: 203.0.113.0/24 (event 2) and 2001:db8:1::/48 (event 4)
        assertThat(eventIds("", partnerB)).containsExactly(4L, 2L);
        // org-c has no constituency: nothing
        assertThat(eventIds("", partnerC)).isEmpty();
    }

    @Test
    void aPartnersFiltersNarrowItsScopeAndNeverWidenIt() throws Exception {
        assertThat(eventIds("?asn=64501", partnerA)).isEmpty();
        assertThat(eventIds("?cidr=0.0.0.0/0", partnerA)).containsExactly(3L, 1L, 5L);
        assertThat(eventIds("?week=2024-W45", partnerA)).containsExactly(3L, 1L);
        assertThat(eventIds("?ip=203.0.113.9", partnerA)).isEmpty();
        assertThat(eventIds("?ip=203.0.113.9", partnerB)).containsExactly(2L);
    }

    @Test
    void countsFacetsOfTheMatchingEvents() throws Exception {
        JsonNode facets = api.json("/api/v1/events/facets?week=2024-W45", analyst);
        assertThat(facets.path("kind").toString())
                .isEqualTo("[{\"value\":\"infected\",\"events\":4},{\"value\":\"phishing\",\"events\":1}]");
        assertThat(facets.path("country").toString())
                .isEqualTo("[{\"value\":\"CN\",\"events\":4},{\"value\":\"US\",\"events\":1}]");
        assertThat(facets.path("province").toString())
                .isEqualTo("[{\"value\":\"Guangdong\",\"events\":3},{\"value\":\"Beijing\",\"events\":1},"
                        + "{\"value\":null,\"events\":1}]");
        assertThat(facets.path("asn").get(0).toString()).isEqualTo("{\"value\":\"64500\",\"events\":2}");
        assertThat(facets.propertyNames()).containsExactly("kind", "type", "feed", "country", "province", "asn");
    }

    @Test
    void countsOnlyTheFacetsAskedForAndAPartnersOnlyInItsScope() throws Exception {
        JsonNode facets = api.json("/api/v1/events/facets?by=feed,asn", partnerA);
        assertThat(facets.propertyNames()).containsExactly("feed", "asn");
        assertThat(facets.path("asn").toString())
                .isEqualTo("[{\"value\":\"64500\",\"events\":2},{\"value\":\"64502\",\"events\":1}]");
        assertThat(api.json("/api/v1/events/facets?by=kind", partnerC)
                        .path("kind")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void refusesFiltersThatAreNotValuesWithTheirName() throws Exception {
        for (String query : List.of(
                "?cidr=198.51.100.1/24",
                "?cidr=not-a-network",
                "?ip=198.51.100.0/24",
                "?asn=sixty",
                "?country=China",
                "?size=501",
                "?page=-1",
                "?week=2024-45")) {
            HttpResponse<String> response = api.get("/api/v1/events" + query, analyst);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(Api.JSON.readTree(response.body()).path("type").asString())
                    .isEqualTo("/problems/bad-value");
        }
        HttpResponse<String> facets = api.get("/api/v1/events/facets?by=kind,colour", analyst);
        assertThat(facets.statusCode()).isEqualTo(400);
        assertThat(Api.JSON.readTree(facets.body()).path("detail").asString()).contains("colour");
    }

    @Test
    void staffListEveryCaseTheLatestReportedFirst() throws Exception {
        assertThat(caseIds("", analyst)).containsExactly("CASE-2", "CASE-1", "CASE-3");
        assertThat(caseIds("", viewer)).containsExactly("CASE-2", "CASE-1", "CASE-3");
        assertThat(caseIds("?week=2024-W45&status=coordinating", coordinator)).containsExactly("CASE-1");
        JsonNode one = api.json("/api/v1/cases/CASE-1", analyst);
        assertThat(one.path("partners").toString())
                .isEqualTo("[{\"name\":\"Example Telecom\",\"kind\":\"telecom-operator\",\"country\":\"CN\"}]");
        assertThat(one.path("targets").toString()).isEqualTo("[\"http://login.bank-a.example/\"]");
        assertThat(one.path("organisations").toString()).isEqualTo("[\"org-a\"]");
    }

    @Test
    void aPartnerSeesOnlyItsOwnOrganisationsCases() throws Exception {
        assertThat(caseIds("", partnerA)).containsExactly("CASE-1");
        assertThat(caseIds("", partnerB)).containsExactly("CASE-2");
        assertThat(caseIds("", partnerC)).isEmpty();
        assertThat(api.json("/api/v1/cases/CASE-2", partnerB).path("id").asString())
                .isEqualTo("CASE-2");
        assertThat(api.json("/api/v1/cases/CASE-2", partnerB)
                        .path("organisations")
                        .isNull())
                .isTrue();
    }

    @Test
    void anotherOrganisationsCaseIsNotFoundForAPartner() throws Exception {
        for (String id : List.of("CASE-2", "CASE-3", "CASE-404")) {
            HttpResponse<String> response = api.get("/api/v1/cases/" + id, partnerA);
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(Api.JSON.readTree(response.body()).path("type").asString())
                    .isEqualTo("/problems/no-such-case");
        }
    }

    @Test
    void aPartnerListsOnlyItsOwnOrganisation() throws Exception {
        JsonNode own = api.json("/api/v1/organisations", partnerB);
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).path("id").asString()).isEqualTo("org-b");
        assertThat(own.get(0).path("constituency").toString())
                .isEqualTo("[{\"kind\":\"cidr\",\"value\":\"2001:db8:1::/48\"},"
                        + "{\"kind\":\"cidr\",\"value\":\"203.0.113.0/24\"}]");
        assertThat(api.json("/api/v1/organisations", coordinator).size()).isEqualTo(4);
        assertThat(api.get("/api/v1/organisations", analyst).statusCode()).isEqualTo(403);
    }

    @Test
    void aCoordinatorAddsToAConstituencyInCanonicalFormAndItIsAudited() throws Exception {
        assertThat(eventIds("", partnerD)).isEmpty();
        HttpResponse<String> added = api.postJson(
                "/api/v1/organisations/org-d/constituency",
                coordinator,
                "{\"kind\":\"cidr\",\"value\":\"198.51.100.8/31\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(Api.JSON.readTree(added.body()).path("constituency").toString())
                .isEqualTo("[{\"kind\":\"cidr\",\"value\":\"198.51.100.8/31\"}]");
        // 198.51.100.8 (event 5) and .9 (event 6, TLP:RED: never shown to a partner)
        assertThat(eventIds("", partnerD)).containsExactly(5L);
        HttpResponse<String> again = api.postJson(
                "/api/v1/organisations/org-d/constituency", coordinator, "{\"kind\":\"asn\",\"value\":\"AS64503\"}");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(eventIds("", partnerD)).containsExactly(4L, 5L);
        assertThat(api.postJson(
                                "/api/v1/organisations/org-d/constituency",
                                coordinator,
                                "{\"kind\":\"asn\",\"value\":\"64503\"}")
                        .statusCode())
                .isEqualTo(200);
        List<AuditTrail.Entry> audit = server.getBean(AuditTrail.class).after(0, "organisation.constituency", 10);
        assertThat(audit)
                .extracting(AuditTrail.Entry::detail)
                .containsExactly("added cidr 198.51.100.8/31", "added asn 64503");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("cora");
            assertThat(entry.target()).isEqualTo("org-d");
            assertThat(entry.source()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void refusesAConstituencyEntryThatIsNotOneAndAnUnknownOrganisation() throws Exception {
        for (String body : List.of(
                "{}",
                "{\"kind\":\"cidr\",\"value\":\"10.0.0.1/8\"}",
                "{\"kind\":\"colour\",\"value\":\"red\"}",
                "{\"kind\":\"domain\",\"value\":\"no spaces.example\"}",
                "[1]")) {
            HttpResponse<String> response = api.postJson("/api/v1/organisations/org-c/constituency", coordinator, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(api.postJson(
                                "/api/v1/organisations/org-x/constituency",
                                coordinator,
                                "{\"kind\":\"asn\",\"value\":\"1\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.postJson(
                                "/api/v1/organisations/org-c/constituency",
                                partnerC,
                                "{\"kind\":\"asn\",\"value\":\"64500\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(eventIds("", partnerC)).isEmpty();
    }
}
