package io.rasmi.account.security;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.platform.security.Roles;
import io.rasmi.testkit.DeclaredRolesContract;

/** Every /api operation of this service declares its roles in the OpenAPI document and refuses every other caller. */
@QuarkusTest
class DeclaredRolesTest extends DeclaredRolesContract {

    @Override
    protected List<String> realmRoles() {
        return Roles.ALL;
    }
}
