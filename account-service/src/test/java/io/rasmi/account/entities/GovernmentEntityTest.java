package io.rasmi.account.entities;

import static io.rasmi.account.Callers.entityAdmin;
import static io.rasmi.account.Callers.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;

@QuarkusTest
class GovernmentEntityTest {

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long entities() {
        return QuarkusTransaction.requiringNew().call(() -> GovernmentEntity.count());
    }

    private static Map<String, Object> entity(String code, String nameAr, String website, List<String> domains) {
        return Map.of("code", code, "nameAr", nameAr, "nameEn", "Ministry of Transport", "kind", "MINISTRY",
                "websiteUrl", website, "emailDomains", domains);
    }

    @Test
    void shouldRegisterAnEntityWithItsDomains() {
        platformAdmin().body(entity("mot", "وزارة النقل", "https://mot.gov.iq", List.of("MOT.gov.iq", "motrans.iq")))
                .post("/api/v1/entities")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/entities/mot"))
                .body("emailDomains", equalTo(List.of("mot.gov.iq", "motrans.iq")));
        platformAdmin().get("/api/v1/entities/mot").then().statusCode(200).body("nameAr", equalTo("وزارة النقل"));
        platformAdmin().get("/api/v1/entities").then().statusCode(200).body("items.code", hasItem("mot"));
    }

    @Test
    void shouldRefuseATakenCodeOrDomain() {
        long before = entities();
        platformAdmin().body(entity("moh", "وزارة", "https://x.gov.iq", List.of("x.gov.iq")))
                .post("/api/v1/entities").then().statusCode(409);
        platformAdmin().body(entity("moh2", "وزارة", "https://x.gov.iq", List.of("moh.gov.iq")))
                .post("/api/v1/entities").then().statusCode(409);
        assertThat(entities()).isEqualTo(before);
    }

    @Test
    void shouldRejectInvalidEntities() {
        long before = entities();
        platformAdmin().body(entity("Bad Code", "Ministry", "http://x", List.of("not a domain")))
                .post("/api/v1/entities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("nameAr"))
                .body("violations.field", hasItem("websiteUrl"))
                .body("violations.field", hasItem("emailDomains[0]"));
        assertThat(entities()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyPlatformAdminsRegister() {
        entityAdmin("moh").body(entity("mof", "وزارة المالية", "https://mof.gov.iq", List.of("mof.gov.iq")))
                .post("/api/v1/entities").then().statusCode(403);
    }

    @Test
    void shouldShowAnEntityOnlyToItsOwnPeople() {
        entityAdmin("moh").get("/api/v1/entities/moh").then().statusCode(200).body("code", equalTo("moh"));
        entityAdmin("moh").get("/api/v1/entities/mohe").then().statusCode(404);
        entityAdmin("moh").get("/api/v1/entities").then().statusCode(403);
    }

    @Test
    void shouldRefuseADomainEqualToInsideOrContainingAnotherEntitys() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String code = "m" + unique;
        platformAdmin().body(entity(code, "وزارة النقل", "https://health." + code + ".gov.iq",
                List.of("health." + code + ".gov.iq"))).post("/api/v1/entities").then().statusCode(201);
        long before = entities();

        // The same domain, written another way.
        platformAdmin().body(entity("a" + unique, "وزارة", "https://x.gov.iq", List.of("HEALTH." + code + ".gov.iq")))
                .post("/api/v1/entities").then().statusCode(409)
                .contentType("application/problem+json");
        // Inside it, and containing it.
        for (String domain : List.of("mail.health." + code + ".gov.iq", code + ".gov.iq")) {
            platformAdmin().body(entity("b" + unique, "وزارة", "https://x.gov.iq", List.of("other.iq", domain)))
                    .post("/api/v1/entities").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("clause", equalTo("G6.c"))
                    .body("detail", containsString("health." + code + ".gov.iq"));
        }
        // Inside another entity's domain, in the demo data too.
        platformAdmin().body(entity("c" + unique, "وزارة", "https://x.gov.iq", List.of("news.moh.gov.iq")))
                .post("/api/v1/entities").then().statusCode(409)
                .body("clause", equalTo("G6.c"));
        assertThat(entities()).isEqualTo(before);
        // A name that merely ends the same way is another domain.
        platformAdmin().body(entity("d" + unique, "وزارة", "https://fake" + code + ".gov.iq",
                List.of("fake" + code + ".gov.iq"))).post("/api/v1/entities").then().statusCode(201);
    }

    @Test
    void shouldRefuseAPublicSuffixAsAnEntitysDomain() {
        long before = entities();
        for (String suffix : List.of("gov.iq", "edu.iq", "com.iq", "GOV.IQ")) {
            platformAdmin().body(entity("s" + UUID.randomUUID().toString().substring(0, 8), "وزارة",
                    "https://x.gov.iq", List.of(suffix)))
                    .post("/api/v1/entities").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("clause", equalTo("G6.c"))
                    .body("detail", containsString(suffix.toLowerCase(java.util.Locale.ROOT)));
        }
        // A top-level domain is not even a domain name of the shape an entity's takes.
        platformAdmin().body(entity("tld" + UUID.randomUUID().toString().substring(0, 8), "وزارة",
                "https://x.gov.iq", List.of("iq"))).post("/api/v1/entities").then().statusCode(400)
                .body("violations.field", hasItem("emailDomains[0]"));
        assertThat(entities()).isEqualTo(before);
    }
}
