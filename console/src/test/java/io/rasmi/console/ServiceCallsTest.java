package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.ServiceCalls;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import io.rasmi.testkit.TestTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceCalls} and {@link ListQuery} against a small "service" inside the test application itself (the
 * console's own HTTP server, test classes only): what reaches a service from a page's worker thread, which query
 * parameters a list asks with, and what a page shows for each way a call can end.
 */
@QuarkusTest
class ServiceCallsTest {

    /** What the "service" saw: the query string, or the headers that carry the user and their language. */
    @Path("/test/service")
    public static class EchoService {

        @GET
        @Path("/query")
        @Produces(MediaType.TEXT_PLAIN)
        public String query(@Context UriInfo uri) {
            return uri.getRequestUri().getRawQuery();
        }

        @GET
        @Path("/headers")
        @Produces(MediaType.TEXT_PLAIN)
        public String headers(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
            return authorization + "|" + language;
        }

        @GET
        @Path("/status/{status}")
        public Response status(@PathParam("status") int status) {
            return Response.status(status).type("application/problem+json")
                    .entity("{\"title\":\"refused " + status + "\",\"status\":" + status + "}").build();
        }
    }

    /** A list as the services' REST clients ask for one (no user: the test's own thread has no request). */
    @Path("/test/service")
    public interface QueryClient {

        @GET
        @Path("/query")
        @Produces(MediaType.TEXT_PLAIN)
        String query(@BeanParam ListQuery query);
    }

    @Path("/test/service")
    @RegisterClientHeaders(UserTokenHeaders.class)
    public interface EchoClient {

        @GET
        @Path("/headers")
        @Produces(MediaType.TEXT_PLAIN)
        String headers();

        @GET
        @Path("/status/{status}")
        String status(@PathParam("status") int status);

        @ClientExceptionMapper
        static RuntimeException toProblem(Response response) {
            return ServiceProblems.from(response);
        }
    }

    /** A page that calls the "service" the way the console's pages do. */
    @Path("/test/page")
    @RolesAllowed(ConsoleRoles.ENTITY_ADMIN) // as every console page names its roles
    public static class CallingPage {

        @Inject
        ServiceCalls calls;

        @Context
        UriInfo uri;

        private EchoClient client() {
            return QuarkusRestClientBuilder.newBuilder().baseUri(uri.getBaseUri()).build(EchoClient.class);
        }

        @GET
        @Path("/headers-from-workers")
        @Produces(MediaType.TEXT_PLAIN)
        public String headersFromWorkers() {
            EchoClient client = client();
            List<Supplier<String>> asked = List.of(calls.start(client::headers), calls.start(client::headers));
            return String.join("\n", asked.stream().map(Supplier::get).toList());
        }

        @GET
        @Path("/record/{status}")
        @Produces(MediaType.TEXT_PLAIN)
        public String record(@PathParam("status") int status) {
            EchoClient client = client();
            return calls.record("echo", calls.start(() -> client.status(status)));
        }

        @GET
        @Path("/read/{status}")
        @Produces(MediaType.TEXT_PLAIN)
        public String read(@PathParam("status") int status) {
            EchoClient client = client();
            ServiceCalls.Answer<String> answer = calls.read("echo", () -> client.status(status));
            return answer.ok() + "|" + answer.status() + "|" + answer.errors().general();
        }

        @GET
        @Path("/unreachable")
        @Produces(MediaType.TEXT_PLAIN)
        public String unreachable() {
            EchoClient down = QuarkusRestClientBuilder.newBuilder().baseUri(java.net.URI.create("http://127.0.0.1:1"))
                    .build(EchoClient.class);
            ServiceCalls.Answer<String> answer = calls.read("echo", calls.start(down::headers));
            return answer.ok() + "|" + answer.status() + "|" + answer.errors().general() + "|"
                    + calls.optional("echo", down::headers, "left out");
        }
    }

    @TestHTTPResource("/")
    java.net.URI root;

    @Test
    void shouldCallAServiceFromWorkerThreadsWithTheUsersOwnTokenAndLanguage() {
        String token = TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token();

        String seen = Visitors.inEnglish(Visitors.as("moh", "entity-admin").auth().oauth2(token))
                .when().get("/test/page/headers-from-workers")
                .then().statusCode(200).extract().asString();

        assertThat(seen.lines()).containsExactly("Bearer " + token + "|en", "Bearer " + token + "|en");
    }

    @Test
    void shouldSendTheListFiltersThatAreSetWithThePagingAndLeaveTheOthersOut() {
        QueryClient client = QuarkusRestClientBuilder.newBuilder().baseUri(root).build(QueryClient.class);

        assertThat(params(client.query(ListQuery.first(50).inState("SUBMITTED").holding("وزارة الصحة"))))
                .containsExactlyInAnyOrder("state=SUBMITTED", "q=وزارة الصحة", "page=0", "size=50");
        assertThat(params(client.query(ListQuery.first(200).whereAnswered(false).onPage(3))))
                .containsExactlyInAnyOrder("answered=false", "page=3", "size=200");
        assertThat(params(client.query(ListQuery.first(1).ofEntity("moh"))))
                .containsExactlyInAnyOrder("entity=moh", "page=0", "size=1");
    }

    @Test
    void shouldShowTheNotFoundPageWhenTheRecordAPageIsAboutAnswers404() {
        Visitors.as("moh", "entity-admin").when().get("/test/page/record/404").then().statusCode(404);
    }

    @Test
    void shouldPassAnotherRefusalOfTheRecordOnToTheErrorPageWithItsStatus() {
        Visitors.as("moh", "entity-admin").when().get("/test/page/record/409")
                .then().statusCode(409).body(org.hamcrest.Matchers.containsString("refused 409"));
    }

    @Test
    void shouldLayARefusalOverTheFormWithItsStatusAndKeepThePage() {
        String answer = Visitors.as("moh", "entity-admin").when().get("/test/page/read/412")
                .then().statusCode(200).extract().asString();

        assertThat(answer).isEqualTo("false|412|[refused 412]");
    }

    @Test
    void shouldSayTheServiceIsUnavailableWhenItCannotBeReachedAndLeaveOutWhatThePageCanDoWithout() {
        String answer = Visitors.inEnglish(Visitors.as("moh", "entity-admin")).when().get("/test/page/unreachable")
                .then().statusCode(200).extract().asString();

        assertThat(answer).startsWith("false|0|[The service is not available right now").endsWith("|left out");
    }

    private static List<String> params(String query) {
        return Arrays.stream(query.split("&")).map(param -> URLDecoder.decode(param, StandardCharsets.UTF_8))
                .toList();
    }
}
