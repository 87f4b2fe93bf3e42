package io.rasmi.content;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.directory.AccountDirectoryContract;

/** This service keeps the account directory: the shared contract, run against this service's own build. */
@QuarkusTest
class AccountDirectoryTest extends AccountDirectoryContract {
}
