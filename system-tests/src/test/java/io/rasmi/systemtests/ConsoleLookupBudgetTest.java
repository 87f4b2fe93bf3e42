package io.rasmi.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Visitors of the console's public page each have a rate-limit budget of their own at account-service: the console
 * passes each visitor's address, which account-service believes from the console only. The test stands as an
 * ingress in front of the console (which trusts this machine as its proxy in `rasmi up`), naming two visitors.
 */
class ConsoleLookupBudgetTest {

    private static final String CONSOLE = System.getProperty("rasmi.console.url", "http://127.0.0.1:8080");
    /** account-service's default budget: 60 a minute. */
    private static final int BUDGET = 60;
    private static final String TOO_MANY = "Too many requests from this device";

    @Test
    void shouldGiveTwoVisitorsOfTheConsoleABudgetEach() {
        int host = ThreadLocalRandom.current().nextInt(1, 254);
        // Documentation addresses (TEST-NET-3), others at each run, so that no earlier run spent their budgets.
        String first = "203.0.113." + host;
        String second = "203.0.113." + (host + 1);

        int answered = 0;
        while (!ask(first).contains(TOO_MANY)) {
            answered++;
            assertThat(answered).as("answers before the first visitor's budget ran out").isLessThan(3 * BUDGET);
        }

        // The first visitor spent a whole budget of its own, shared with nobody...
        assertThat(answered).isGreaterThanOrEqualTo(BUDGET);
        // ...and the second visitor, through the same console, still has all of its own.
        for (int i = 0; i < 5; i++) {
            assertThat(ask(second)).doesNotContain(TOO_MANY).contains("id=\"verdict\"");
        }
    }

    private static String ask(String visitor) {
        Response page = given().header("X-Forwarded-For", visitor).cookie("rasmi-lang", "en")
                .queryParam("platform", "X").queryParam("handle", "not_a_ministry")
                .get(CONSOLE + "/verify");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.asString();
    }
}
