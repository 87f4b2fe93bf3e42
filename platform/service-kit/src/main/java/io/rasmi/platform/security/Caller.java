package io.rasmi.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.rasmi.platform.problem.ProblemException;

/**
 * Who is calling: the user, the government entity they act for, and their Rasmi roles, all taken from the
 * verified access token. The entity never comes from a request body or path, so a caller cannot act for
 * another entity by asking to.
 */
@RequestScoped
public class Caller {

    /** Claim that carries the caller's entity code, for example {@code moh}. */
    public static final String ENTITY_CLAIM = "entity";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The token's subject: a stable id of the user or machine client. */
    public String userId() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** A readable name for audit rows: the preferred username where the token has one. */
    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : userId();
    }

    public Optional<String> entityIfAny() {
        Object claim = token.getClaim(ENTITY_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String entity = claim.toString().trim();
        return entity.isEmpty() ? Optional.empty() : Optional.of(entity);
    }

    /** The entity whose records this caller may see; a token without one cannot reach tenant data. */
    public String entity() {
        return entityIfAny().orElseThrow(() -> ProblemException.forbidden("caller.no-entity"));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * Claim that carries the caller's staff id in account-service ({@code staff_member.id}), which role holders on
     * accounts name (G6.a): Keycloak maps the user attribute {@code staff_id} into the access token.
     */
    public static final String STAFF_CLAIM = "staff_id";

    /** The caller's staff id, if the token carries one that reads as a UUID; people outside a unit have none. */
    public Optional<UUID> staffId() {
        Object claim = token.getClaim(STAFF_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "").trim()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
