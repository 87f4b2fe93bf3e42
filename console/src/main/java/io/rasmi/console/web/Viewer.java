package io.rasmi.console.web;

import java.util.Set;

/**
 * Who is looking at a page: a signed-in user with their realm roles, or nobody. The roles only decide what the
 * console offers; every rule is still checked by the service the console calls with the user's token.
 */
public record Viewer(String name, Set<String> roles) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    public boolean signedIn() {
        return name != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
