package io.rasmi.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.rasmi.client.account.api.AccountsApi;
import io.rasmi.client.account.model.OfficialAccount;
import io.rasmi.client.account.model.Platform;
import io.rasmi.client.account.model.RegisterAccountRequest;

/**
 * What an integrating ministry does: it generates a Java client from each service's OpenAPI document (at build
 * time, openapi-generator, library "native") and runs its journeys with it, with no hand-written HTTP. A document
 * that does not say what the service does breaks these journeys.
 */
class GeneratedClientJourneyTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    @Test
    void shouldRegisterAnAccountAndReadItBackWithTheGeneratedAccountClient() throws Exception {
        AccountsApi accounts = new AccountsApi(accountClient("moh-admin"));
        String handle = "moh_client_" + UUID.randomUUID().toString().substring(0, 8);

        OfficialAccount proposed = accounts.accountResourceRegister(proposal(handle), UUID.randomUUID().toString());
        OfficialAccount read = accounts.accountResourceGet(proposed.getId());

        assertThat(read.getId()).isEqualTo(proposed.getId());
        assertThat(read.getHandle()).isEqualTo(handle);
        assertThat(read.getEntity()).isEqualTo("moh");
        assertThat(read.getStatus()).hasToString("PROPOSED");
    }

    @Test
    void shouldReadTheAccountDirectoryEntryWithTheGeneratedContentClient() throws Exception {
        OfficialAccount account = registered();
        var directory = new io.rasmi.client.content.api.AccountsReadModelApi(
                withToken(new io.rasmi.client.content.ApiClient(), Stack.CONTENT, "moh-publisher"));
        Awaitility.await("content-service directory").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    var entry = directory.knownAccountResourceGet(account.getId());
                    assertThat(entry.getHandle()).isEqualTo(account.getHandle());
                    assertThat(entry.getEntity()).isEqualTo("moh");
                });
    }

    @Test
    void shouldReadTheAccountDirectoryEntryWithTheGeneratedKpiClient() throws Exception {
        OfficialAccount account = registered();
        var directory = new io.rasmi.client.kpi.api.AccountsReadModelApi(
                withToken(new io.rasmi.client.kpi.ApiClient(), Stack.KPI, "moh-publisher"));
        Awaitility.await("kpi-service directory").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    var entry = directory.knownAccountResourceGet(account.getId());
                    assertThat(entry.getHandle()).isEqualTo(account.getHandle());
                    assertThat(entry.getEntity()).isEqualTo("moh");
                });
    }

    @Test
    void shouldReadTheAccountDirectoryEntryWithTheGeneratedIncidentClient() throws Exception {
        OfficialAccount account = registered();
        var directory = new io.rasmi.client.incident.api.AccountsReadModelApi(
                withToken(new io.rasmi.client.incident.ApiClient(), Stack.INCIDENT, "moh-publisher"));
        Awaitility.await("incident-service directory").atMost(PROPAGATION).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    var entry = directory.knownAccountResourceGet(account.getId());
                    assertThat(entry.getHandle()).isEqualTo(account.getHandle());
                    assertThat(entry.getEntity()).isEqualTo("moh");
                });
    }

    private static OfficialAccount registered() throws Exception {
        String handle = "moh_dir_" + UUID.randomUUID().toString().substring(0, 8);
        return new AccountsApi(accountClient("moh-admin")).accountResourceRegister(proposal(handle), null);
    }

    private static RegisterAccountRequest proposal(String handle) {
        return new RegisterAccountRequest()
                .platform(Platform.INSTAGRAM)
                .handle(handle)
                .profileUrl("https://www.instagram.com/" + handle)
                .displayNameAr("وزارة الصحة العراقية")
                .displayNameEn("Iraqi Ministry of Health")
                .registrationEmail("social@moh.gov.iq");
    }

    private static io.rasmi.client.account.ApiClient accountClient(String username) {
        return withToken(new io.rasmi.client.account.ApiClient(), Stack.ACCOUNT, username);
    }

    /** The document's server is relative (the host that serves it): the client is pointed at the stack. */
    private static <C> C withToken(C client, String baseUri, String username) {
        String bearer = "Bearer " + Stack.tokenOf(username);
        if (client instanceof io.rasmi.client.account.ApiClient account) {
            account.updateBaseUri(baseUri);
            account.setRequestInterceptor(request -> request.header("Authorization", bearer));
        } else if (client instanceof io.rasmi.client.content.ApiClient content) {
            content.updateBaseUri(baseUri);
            content.setRequestInterceptor(request -> request.header("Authorization", bearer));
        } else if (client instanceof io.rasmi.client.kpi.ApiClient kpi) {
            kpi.updateBaseUri(baseUri);
            kpi.setRequestInterceptor(request -> request.header("Authorization", bearer));
        } else if (client instanceof io.rasmi.client.incident.ApiClient incident) {
            incident.updateBaseUri(baseUri);
            incident.setRequestInterceptor(request -> request.header("Authorization", bearer));
        }
        return client;
    }
}
