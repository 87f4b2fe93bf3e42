package io.rasmi.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * People a journey adds to the local realm through Keycloak's admin API: a user whose token carries a
 * {@code staff_id} (the member record in account-service that holds roles on accounts), with the demo password.
 * The demo users are left as they are.
 */
final class RealmUsers {

    private static final String ADMIN = System.getProperty("rasmi.keycloak.admin", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("rasmi.keycloak.admin-password", "admin");
    private static final String USERS = Stack.KEYCLOAK + "/admin/realms/rasmi/users";

    private RealmUsers() {
    }

    /** A new user {@code username} of {@code entity} with one realm role and the staff id; signs in with "demo". */
    static void create(String username, String entity, String realmRole, String staffId) {
        String admin = adminToken();
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                "username", username, "enabled", true, "email", username + "@moh.gov.iq", "emailVerified", true,
                "firstName", "Journey", "lastName", "Moderator",
                "attributes", Map.of("entity", List.of(entity), "staff_id", List.of(staffId)),
                "credentials", List.of(Map.of("type", "password", "value", Stack.DEMO_PASSWORD,
                        "temporary", false))))
                .post(USERS).then().statusCode(201).extract().header("Location");
        Map<String, Object> role = given().auth().oauth2(admin).accept(ContentType.JSON)
                .get(Stack.KEYCLOAK + "/admin/realms/rasmi/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(location + "/role-mappings/realm").then().statusCode(204);
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
