package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * The demo users of {@code rasmi up} are members of their unit: demo-data.sh registers a staff member for each and
 * writes its id into Keycloak's user attribute {@code staff_id}, so the demo moderator, who moderates every demo
 * account of moh, can act on the moderation queue with their real token.
 */
class DemoStaffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGiveTheDemoModeratorTheStaffIdOfTheirMemberRecord() throws Exception {
        String staffId = claims(Stack.tokenOf("moh-moderator")).path("staff_id").asText();

        assertThat(staffId).as("the staff_id claim of moh-moderator").isNotBlank();
        as("moh-admin").get(Stack.ACCOUNT + "/api/v1/staff/" + staffId).then().statusCode(200)
                .body("officialEmail", equalTo("moh-moderator@moh.gov.iq"))
                .body("unitRole", equalTo("MODERATOR"));
    }

    @Test
    void shouldLetTheDemoModeratorActOnACommentOfADemoAccount() {
        String account = as("moh-admin").get(OfficialAccounts.ACCOUNTS + "?size=200").then().statusCode(200)
                .extract().path("items.find { it.platform == 'FACEBOOK' && it.handle == 'MOHIraq' }.id");
        String commentId = "demo-" + OfficialAccounts.newTag();
        List<Map<String, Object>> batch = List.of(Map.of("accountId", account, "platformCommentId", commentId,
                "postUrl", "https://www.facebook.com/MOHIraq/posts/1234567890", "authorHandle", "citizen_42",
                "text", "متى تبدأ حملة التلقيح؟", "at", Instant.now().minusSeconds(60).toString()));
        // The account and its role holders reach content-service's read model through account events.
        String comment = Awaitility.await("the demo account in content-service").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    var answer = as("moh-moderator").contentType(ContentType.JSON).body(batch)
                            .post(Stack.CONTENT + "/api/v1/comments");
                    return answer.statusCode() == 200 ? answer.then().extract().<String>path("lines[0].commentId")
                            : null;
                }, id -> id != null);

        as("moh-moderator").get(Stack.CONTENT + "/api/v1/moderation-queue?accountId=" + account + "&size=200")
                .then().statusCode(200);
        // The moderator's role holder may follow the account by a moment: 403 until it is there, then the action.
        int status = Awaitility.await("the demo moderator's role on the account").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> as("moh-moderator").contentType(ContentType.JSON)
                        .body(Map.of("action", "NO_ACTION", "note", "demo moderator"))
                        .post(Stack.CONTENT + "/api/v1/comments/" + comment + "/actions").statusCode(),
                        code -> code != 403);
        assertThat(status).as("the demo moderator's action").isEqualTo(201);
    }

    private static JsonNode claims(String token) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
    }
}
