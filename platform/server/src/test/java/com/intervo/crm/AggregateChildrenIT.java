package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An aggregate update names its children by their own ids only: another customer's site sent in {@code sites} is
 * refused (422 naming the field) and stays where it is; unknown ids and the same id twice too. Collections are
 * capped (contacts, sites, checklist points and their options).
 */
@TenantIntegrationTest
class AggregateChildrenIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogs;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Http http;
    TenantId tenant;
    String dispatcher;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        tenant = fixtures.newTenant();
        dispatcher = fixtures.token(tenant, "dispatcher");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private JsonNode create(String name, String sitesJson) throws Exception {
        HttpResponse<String> r =
                http.postJson("/api/v1/crm/customers", dispatcher, """
                {"kind":"COMPANY","name":"%s","sites":%s}""".formatted(name, sitesJson), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private static String site(String id, String label) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"label\":\"" + label + "\",\"city\":\"Cluj\"}";
    }

    private HttpResponse<String> update(JsonNode customer, String body) throws Exception {
        return http.putJson(
                "/api/v1/crm/customers/" + customer.get("id").asString(),
                dispatcher,
                "{\"version\":" + customer.get("version").asLong() + ",\"kind\":\"COMPANY\",\"name\":\""
                        + customer.get("name").asString() + "\"," + body + "}");
    }

    private String ownerOfSite(String siteId) {
        return jdbc.queryForObject(
                "select customer_id::text from " + tenant.schema() + ".site where id = ?::uuid", String.class, siteId);
    }

    private static void assertRefused(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(JSON.readTree(r.body()).get("fields").has(field))
                .as(r.body())
                .isTrue();
    }

    @Test
    void anotherCustomersSiteIsRefusedAndStaysWithItsCustomer() throws Exception {
        JsonNode a = create("Alfa SRL", "[" + site(null, "Sediu Alfa") + "]");
        JsonNode b = create("Beta SRL", "[" + site(null, "Sediu Beta") + "]");
        String aSite = a.get("sites").get(0).get("id").asString();
        String bSite = b.get("sites").get(0).get("id").asString();

        HttpResponse<String> taken =
                update(a, "\"sites\":[" + site(aSite, "Sediu Alfa") + "," + site(bSite, "Furat") + "]");
        assertRefused(taken, "sites[1].id");
        assertThat(ownerOfSite(bSite)).isEqualTo(b.get("id").asString());
        assertThat(http.get("/api/v1/crm/customers/" + b.get("id").asString(), dispatcher)
                        .body())
                .contains("Sediu Beta")
                .doesNotContain("Furat");
        assertThat(http.get("/api/v1/crm/customers/" + a.get("id").asString(), dispatcher)
                        .body())
                .contains("\"version\":0")
                .doesNotContain("Furat");

        // the database refuses to move a site to another customer too, whatever sends the update
        assertThatThrownBy(() -> jdbc.update(
                        "update " + tenant.schema() + ".site set customer_id = ?::uuid " + "where id = ?::uuid",
                        a.get("id").asString(),
                        bSite))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(ownerOfSite(bSite)).isEqualTo(b.get("id").asString());

        // an id nobody has, on an update, and the same own id twice are refused too
        assertRefused(update(a, "\"sites\":[" + site(UUID.randomUUID().toString(), "Nou") + "]"), "sites[0].id");
        assertRefused(update(a, "\"sites\":[" + site(aSite, "Unu") + "," + site(aSite, "Doi") + "]"), "sites[1].id");
        // its own site by id, and a new one without id, are fine
        HttpResponse<String> ok =
                update(a, "\"sites\":[" + site(aSite, "Sediu Alfa renovat") + "," + site(null, "Depozit") + "]");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("sites").get(0).get("id").asString())
                .isEqualTo(aSite);
    }

    @Test
    void aNewCustomerMayBringFreshSiteIdsButNotAnotherCustomersSite() throws Exception {
        JsonNode b = create("Beta SRL", "[" + site(null, "Sediu Beta") + "]");
        String bSite = b.get("sites").get(0).get("id").asString();
        String fresh = UUID.randomUUID().toString();
        JsonNode offline = create("Gama SRL", "[" + site(fresh, "Sediu Gama") + "]");
        assertThat(offline.get("sites").get(0).get("id").asString()).isEqualTo(fresh);

        HttpResponse<String> r =
                http.postJson("/api/v1/crm/customers", dispatcher, """
                {"kind":"COMPANY","name":"Delta SRL","sites":[%s]}""".formatted(site(bSite, "Furat")), "en");
        assertRefused(r, "sites[0].id");
        assertThat(ownerOfSite(bSite)).isEqualTo(b.get("id").asString());
    }

    @Test
    void contactsAndSitesAreCapped() throws Exception {
        JsonNode a = create("Alfa SRL", "[]");
        String contacts = IntStream.range(0, CustomerService.MAX_CONTACTS + 1)
                .mapToObj(i -> "{\"name\":\"Contact " + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertRefused(update(a, "\"contacts\":" + contacts), "contacts");
        String sites = IntStream.range(0, CustomerService.MAX_SITES + 1)
                .mapToObj(i -> site(null, "Punct " + i))
                .collect(Collectors.joining(",", "[", "]"));
        assertRefused(update(a, "\"sites\":" + sites), "sites");
        HttpResponse<String> created =
                http.postJson("/api/v1/crm/customers", dispatcher, """
                {"kind":"COMPANY","name":"Prea mulți","contacts":%s}""".formatted(contacts), "en");
        assertRefused(created, "contacts");
        assertThat(jdbc.queryForObject("select count(*) from " + tenant.schema() + ".customer_contact", Long.class))
                .isZero();

        String justEnough = IntStream.range(0, CustomerService.MAX_CONTACTS)
                .mapToObj(i -> "{\"name\":\"Contact " + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(update(a, "\"contacts\":" + justEnough).statusCode()).isEqualTo(200);
    }

    @Test
    void checklistPointsAndTheirOptionsAreCapped() {
        fixtures.signIn(tenant, "admin");
        TenantContext.bind(tenant);
        List<ChecklistPoint.Draft> points = new ArrayList<>();
        for (int i = 0; i <= CatalogService.MAX_CHECKLIST_POINTS; i++) {
            points.add(new ChecklistPoint.Draft("Punct " + i, false, List.of(), List.of()));
        }
        assertThatThrownBy(() -> catalogs.saveChecklist(null, "Prea lungă", points))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("points"));
        List<String> defects = Collections.nCopies(CatalogService.MAX_POINT_OPTIONS + 1, "Defect");
        assertThatThrownBy(() -> catalogs.saveChecklist(
                        null,
                        "Prea multe defecte",
                        List.of(new ChecklistPoint.Draft("Punct", false, defects, List.of()))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("points[0].defects"));
        assertThat(catalogs.checklists()).noneMatch(c -> c.getName().startsWith("Prea"));
        assertThat(catalogs.saveChecklist(null, "Potrivită", points.subList(0, CatalogService.MAX_CHECKLIST_POINTS))
                        .getPoints())
                .hasSize(CatalogService.MAX_CHECKLIST_POINTS);
    }
}
