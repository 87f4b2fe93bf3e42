package io.rasmi.account.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.devices.DeviceFixtures;
import io.rasmi.account.unit.StaffFixtures;
import io.rasmi.platform.security.Roles;
import io.rasmi.testkit.TestTokens;
import io.restassured.specification.RequestSpecification;

/**
 * A machine client such as {@code rasmi-ingest} (client credentials, bound to an entity, only {@code kpi-ingest})
 * holds a valid token of the entity but none of the unit's roles: it reads neither the people nor the devices.
 */
@QuarkusTest
class MachineClientTest {

    private static RequestSpecification asIngestClient() {
        return given().auth().oauth2(TestTokens.client("rasmi-ingest").entity("moh").roles(Roles.KPI_INGEST).token());
    }

    @Test
    void shouldRefuseTheKpiIngestClientTheStaffAndTheDeviceRegister() {
        Fixtures.registerDemoEntities();
        String member = StaffFixtures.addStaff("moh");
        String device = DeviceFixtures.registerPhone("moh");

        for (String path : new String[] { "/api/v1/staff", "/api/v1/staff/" + member, "/api/v1/devices",
                "/api/v1/devices/" + device }) {
            asIngestClient().get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
    }
}
