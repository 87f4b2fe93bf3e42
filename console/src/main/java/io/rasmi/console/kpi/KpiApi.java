package io.rasmi.console.kpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** kpi-service as the signed-in manager: figures over time, by audience, against targets, the comments' mood. */
@RegisterRestClient(configKey = "kpi-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface KpiApi {

    /** The metrics the dashboard offers ({@code Metric} of kpi-service, in its order). */
    List<String> METRICS = List.of("FOLLOWERS", "NEW_FOLLOWERS", "POSTS", "SHARES", "USER_GENERATED_CONTENT",
            "REACH", "IMPRESSIONS", "ENGAGEMENTS", "VIDEO_VIEWS", "COMMENTS", "RESPONSE_TIME");

    List<String> GRANULARITIES = List.of("day", "week", "month");

    List<String> DIMENSIONS = List.of("ageBracket", "governorate", "gender");

    @GET
    @Path("/kpi/rollup")
    Series rollup(@QueryParam("metric") String metric, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("granularity") String granularity);

    @GET
    @Path("/kpi/series")
    Series series(@QueryParam("accountId") UUID accountId, @QueryParam("metric") String metric,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("granularity") String granularity);

    @GET
    @Path("/kpi/breakdown")
    Breakdown breakdown(@QueryParam("accountId") UUID accountId, @QueryParam("metric") String metric,
            @QueryParam("dimension") String dimension, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);

    @GET
    @Path("/targets/attainment")
    Attainment attainment(@QueryParam("accountId") UUID accountId, @QueryParam("period") String period,
            @QueryParam("date") LocalDate date);

    @GET
    @Path("/sentiment")
    Sentiment sentiment(@QueryParam("accountId") UUID accountId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("granularity") String granularity);

    /** The weekly or monthly report as kpi-service draws it: Arabic, right to left, with its charts. */
    @GET
    @Path("/reports/{period}")
    @Produces("application/pdf")
    Response reportPdf(@PathParam("period") String period);

    /** The weekly or monthly report as one table. */
    @GET
    @Path("/reports/{period}")
    @Produces("text/csv")
    Response reportCsv(@PathParam("period") String period);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    /** A figure over time ({@code Series} or {@code Rollup}): one point per period with figures, oldest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Series(String metric, String unit, String granularity, LocalDate from, LocalDate to, List<Point> points) {

        public List<Point> points() {
            return points == null ? List.of() : points;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Point(LocalDate start, BigDecimal value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Breakdown(String metric, String unit, String dimension, List<Item> items) {

        public List<Item> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String key, BigDecimal value, BigDecimal share) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attainment(String period, LocalDate start, LocalDate end, List<Goal> items) {

        public List<Goal> items() {
            return items == null ? List.of() : items;
        }
    }

    /** One target of the period against its figure ({@code Attainment.items}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Goal(String metric, BigDecimal target, BigDecimal actual, BigDecimal attainment, Boolean met) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sentiment(String granularity, Tally totals, List<Mood> points) {

        public List<Mood> points() {
            return points == null ? List.of() : points;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tally(long positive, long neutral, long negative, long total) {
    }

    /** One period's comments by class. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mood(LocalDate start, long positive, long neutral, long negative, long total) {
    }
}
