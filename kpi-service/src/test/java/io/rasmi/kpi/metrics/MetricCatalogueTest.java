package io.rasmi.kpi.metrics;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricCatalogueTest {

    @Test
    void shouldListEveryMetricWithItsPlatformsUnitAndTitles() {
        as("moh", "publisher").get("/api/v1/kpi/metrics")
                .then().statusCode(200)
                .body("", hasSize(11))
                .body("metric", hasItems("FOLLOWERS", "NEW_FOLLOWERS", "POSTS", "SHARES", "USER_GENERATED_CONTENT",
                        "REACH", "IMPRESSIONS", "ENGAGEMENTS", "VIDEO_VIEWS", "COMMENTS", "RESPONSE_TIME"))
                .body("find { it.metric == 'FOLLOWERS' }.platforms", hasSize(10))
                .body("find { it.metric == 'FOLLOWERS' }.aggregation", equalTo("LAST"))
                .body("find { it.metric == 'FOLLOWERS' }.titleAr", equalTo("المتابعون"))
                .body("find { it.metric == 'RESPONSE_TIME' }.unit", equalTo("SECONDS"))
                .body("find { it.metric == 'RESPONSE_TIME' }.platforms", not(hasItems("TELEGRAM")))
                .body("find { it.metric == 'REACH' }.platforms", not(hasItems("X")));
    }

    @Test
    void shouldAnswerTheCatalogueAsCsvWhenAsked() {
        String csv = as("moh", "management").accept("text/csv").get("/api/v1/kpi/metrics")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst()).contains("metric,titleAr,titleEn,unit,aggregation,clause,platforms");
        assertThat(csv.lines()).hasSize(12)
                .anySatisfy(line -> assertThat(line).startsWith("RESPONSE_TIME,\"زمن الاستجابة\",\"Response time\",SECONDS,"
                        + "AVERAGE,G9.1,FACEBOOK|X|INSTAGRAM"));
    }
}
