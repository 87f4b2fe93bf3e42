package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Every /api operation of a service declares its roles in the OpenAPI document and refuses every other caller. Each
 * service runs it against its own document with a {@code @QuarkusTest} subclass that names the realm's roles.
 */
public abstract class DeclaredRolesContract {

    @TestHTTPResource("/")
    URI root;

    /** Every realm role, for the callers an operation does not name. */
    protected abstract List<String> realmRoles();

    @Test
    void shouldDeclareTheRolesOfEveryOperation() {
        assertEquals(List.of(), RoleMatrix.of(root, realmRoles()).operationsWithoutRoles());
    }

    @Test
    void shouldStateTheDeclaredRolesFirstInEveryDescription() {
        assertEquals(List.of(), RoleMatrix.of(root, realmRoles()).descriptionsNotStatingRoles());
    }

    @Test
    void shouldRefuseEveryCallerAnOperationDoesNotName() {
        assertEquals(List.of(), RoleMatrix.of(root, realmRoles()).wrongAnswers());
    }
}
