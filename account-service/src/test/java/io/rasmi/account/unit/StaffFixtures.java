package io.rasmi.account.unit;

import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.Callers;

/** Members of the demo entities' social media units, added through the API. */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    public static String domainOf(String entity) {
        return entity.equals("moh") ? "moh.gov.iq" : "mohesr.gov.iq";
    }

    public static String uniqueEmail(String entity) {
        return "staff." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(entity);
    }

    public static Map<String, Object> member(String email, String unitRole) {
        return Map.of("fullName", "زينب علي حسين", "officialEmail", email, "unitRole", unitRole);
    }

    /** An active member of the entity's unit; returns its id. */
    public static String addStaff(String entity) {
        return addStaff(entity, "PUBLISHER");
    }

    public static String addStaff(String entity, String unitRole) {
        return Callers.entityAdmin(entity).body(member(uniqueEmail(entity), unitRole))
                .post("/api/v1/staff")
                .then().statusCode(201).extract().path("id");
    }

    public static long staffCount() {
        return QuarkusTransaction.requiringNew().call(() -> StaffMember.count());
    }

    public static long trainingCount() {
        return QuarkusTransaction.requiringNew().call(() -> StaffTraining.count());
    }
}
