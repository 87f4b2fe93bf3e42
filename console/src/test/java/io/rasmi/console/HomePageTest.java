package io.rasmi.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void shouldShowEachBoxOfTheHeadOfUnitAsUnavailableWhenItsServiceIsDown() {
        Visitors.as("moh", "entity-admin").when().get("/home")
                .then().statusCode(200)
                .body(containsString("id=\"box-approvals\""))
                .body(containsString("id=\"box-comments\""))
                .body(containsString("id=\"box-rotations\""))
                .body(containsString("id=\"box-incidents\""))
                .body(containsString("غير متاح الآن"))
                .body(not(containsString("data-count=")));
    }

    @Test
    void shouldOfferOnlyTheBoxesTheUsersRolesMayCall() {
        Visitors.inEnglish(Visitors.as("moh", "moderator")).when().get("/home")
                .then().statusCode(200)
                .body(containsString("id=\"box-comments\""))
                .body(not(containsString("id=\"box-approvals\"")))
                .body(not(containsString("id=\"box-rotations\"")))
                .body(containsString("Comments without a reply"));
    }

    @Test
    void shouldTellAPublisherThatNothingWaits() {
        Visitors.as("moh", "publisher").when().get("/home")
                .then().statusCode(200)
                .body(containsString("لا شيء ينتظرك الآن."));
    }

    @Test
    void shouldSendASignedInUserFromTheFrontDoorToTheirHome() {
        Visitors.as("moh", "publisher").when().get("/")
                .then().statusCode(303)
                .header("Location", containsString("/home"));
    }
}
