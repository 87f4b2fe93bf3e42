package io.rasmi.content;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.directory.AccountDirectoryContract;

/** This service keeps the account directory: the shared contract, run against this service's own build. */
@QuarkusTest
class AccountDirectoryTest extends AccountDirectoryContract {

    /**
     * The OpenAPI contract builds its validator from the service's document on the first exchange of the JVM; this
     * service's document is large, and on a loaded machine that build alone can outlast the contract's 30-second
     * waits. One exchange before each test builds it outside them.
     */
    @BeforeEach
    void buildTheOpenApiValidatorFirst() {
        Callers.as("moh", "publisher").get("/api/v1/accounts/" + UUID.randomUUID()).then().statusCode(404);
    }
}
