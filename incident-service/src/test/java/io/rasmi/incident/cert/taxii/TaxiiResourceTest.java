package io.rasmi.incident.cert.taxii;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.Platform;
import io.rasmi.incident.cert.CertFeed;
import io.rasmi.incident.cert.CertIncident;
import io.rasmi.incident.cert.StixIds;
import io.rasmi.testkit.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class TaxiiResourceTest {

    private static final String TAXII = "application/taxii+json;version=2.1";
    private static final String OBJECTS = "/taxii2/rasmi/collections/" + TaxiiCollection.ID + "/objects/";

    @Inject
    CertFeed feed;

    @Test
    void shouldDescribeTheServerItsApiRootAndTheCollection() {
        taxii().get("/taxii2/").then().statusCode(200).contentType(startsWith("application/taxii+json"))
                .body("api_roots[0]", endsWith("/taxii2/rasmi/")).body("api_roots[0]", startsWith("http"))
                .body("default", endsWith("/taxii2/rasmi/"));
        taxii().get("/taxii2/rasmi/").then().statusCode(200).body("versions", hasItem(TAXII));
        taxii().get("/taxii2/rasmi/collections/").then().statusCode(200)
                .body("collections[0].id", equalTo(TaxiiCollection.ID))
                .body("collections[0].title", equalTo("rasmi-incidents"))
                .body("collections[0].can_read", equalTo(true))
                .body("collections[0].can_write", equalTo(false));
        taxii().get("/taxii2/rasmi/collections/{id}/", TaxiiCollection.ID).then().statusCode(200)
                .body("media_types", hasItem("application/stix+json;version=2.1"));
    }

    @Test
    void shouldRefuseAClientThatAcceptsNoTaxiiContent() {
        analyst().accept("application/xml").get("/taxii2/").then().statusCode(406);
        analyst().accept("application/json").get(OBJECTS).then().statusCode(406);
    }

    @Test
    void shouldAnswerNotFoundForAnotherCollection() {
        taxii().get("/taxii2/rasmi/collections/{id}/objects/", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldRefuseCallersWithoutTheCertRoleOrWithoutAToken() {
        given().accept(TAXII).get("/taxii2/").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("moh-it-security").entity("moh").roles("it-security").token())
                .accept(TAXII).get(OBJECTS).then().statusCode(403);
    }

    @Test
    void shouldRefuseBadPagingParameters() {
        taxii().queryParam("limit", 0).get(OBJECTS).then().statusCode(400);
        taxii().queryParam("limit", 1001).get(OBJECTS).then().statusCode(400);
        taxii().queryParam("added_after", "yesterday").get(OBJECTS).then().statusCode(400);
        taxii().queryParam("next", "page-two").get(OBJECTS).then().statusCode(400);
        taxii().queryParam("match[version]", "first").get(OBJECTS).then().statusCode(400);
        taxii().queryParam("match[colour]", "red").get(OBJECTS).then().statusCode(400);
    }

    @Test
    void shouldPageThroughEveryObjectAddedOnceWithNoGapOrDuplicate() {
        Instant before = Instant.now().minusMillis(1);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            UUID incidentId = UUID.randomUUID();
            UUID accountId = UUID.randomUUID();
            String handle = "page_" + incidentId;
            QuarkusTransaction.requiringNew().run(() -> feed.publish(incident(incidentId, accountId, handle)));
            expected.add(StixIds.incident(incidentId));
            expected.add(StixIds.userAccount("facebook", handle));
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        Instant lastAdded = null;
        int pages = 0;
        do {
            RequestSpecification request = taxii().queryParam("added_after", before.toString())
                    .queryParam("limit", 3).queryParam("match[type]", "incident,user-account");
            if (next != null) {
                request.queryParam("next", next);
            }
            Response page = request.get(OBJECTS).then().statusCode(200).extract().response();
            JsonPath body = page.jsonPath();
            seen.addAll(body.getList("objects.id"));
            Instant first = Instant.parse(page.header("X-TAXII-Date-Added-First"));
            Instant last = Instant.parse(page.header("X-TAXII-Date-Added-Last"));
            assertThat(first).isBeforeOrEqualTo(last);
            if (lastAdded != null) {
                assertThat(first).isAfterOrEqualTo(lastAdded);
            }
            lastAdded = last;
            next = body.getBoolean("more") ? body.getString("next") : null;
            pages++;
        } while (next != null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void shouldGiveEachObjectsNewestVersionUnlessAllAreAskedFor() {
        UUID incidentId = UUID.randomUUID();
        CertIncident reported = incident(incidentId, UUID.randomUUID(), "page_" + incidentId);
        QuarkusTransaction.requiringNew().run(() -> feed.publish(reported));
        QuarkusTransaction.requiringNew().run(() -> feed.publish(reported.modifiedAt(
                reported.times().reportedAt().plusSeconds(600))));
        String stixId = StixIds.incident(incidentId);

        taxii().queryParam("match[id]", stixId).get(OBJECTS).then().statusCode(200)
                .body("objects.size()", equalTo(1))
                .body("objects[0].modified", equalTo("2026-02-03T08:30:00.000Z"))
                .body("more", equalTo(false));
        taxii().queryParam("match[id]", stixId).queryParam("match[version]", "all").get(OBJECTS).then()
                .statusCode(200).body("objects.size()", equalTo(2));
    }

    private static CertIncident incident(UUID incidentId, UUID accountId, String handle) {
        return CertIncident.builder().id(incidentId).entity("moh", "Ministry of Health").type("DEFACEMENT")
                .severity(IncidentSeverity.MEDIUM).summary("Cover picture replaced")
                .reportedAt(Instant.parse("2026-02-03T08:20:00Z"))
                .account(accountId, Platform.FACEBOOK, handle, null).build();
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.user("cert-analyst").roles("cert-analyst").token());
    }

    private static RequestSpecification taxii() {
        return analyst().accept(TAXII);
    }
}
