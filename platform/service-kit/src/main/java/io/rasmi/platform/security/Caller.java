package io.rasmi.platform.security;

import java.util.Optional;
import java.util.Set;

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
}
