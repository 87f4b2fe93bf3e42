package io.rasmi.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.platform.security.Roles;
import io.rasmi.testkit.RoleMatrix;

/** Every /api operation of this service declares its roles in the OpenAPI document and refuses every other caller. */
@QuarkusTest
class DeclaredRolesTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldDeclareTheRolesOfEveryOperation() {
        assertThat(RoleMatrix.of(root, Roles.ALL).operationsWithoutRoles()).isEmpty();
    }

    @Test
    void shouldStateTheDeclaredRolesFirstInEveryDescription() {
        assertThat(RoleMatrix.of(root, Roles.ALL).descriptionsNotStatingRoles()).isEmpty();
    }

    @Test
    void shouldRefuseEveryCallerAnOperationDoesNotName() {
        assertThat(RoleMatrix.of(root, Roles.ALL).wrongAnswers()).isEmpty();
    }
}
