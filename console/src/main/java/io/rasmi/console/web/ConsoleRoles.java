package io.rasmi.console.web;

/**
 * The realm roles the console's pages are shown to; the same names as {@code io.rasmi.platform.security.Roles},
 * which lives in service-kit, a dependency the console cannot take (it brings a datasource, Kafka and Flyway).
 */
public final class ConsoleRoles {
    public static final String ENTITY_ADMIN = "entity-admin";
    public static final String PUBLISHER = "publisher";
    public static final String APPROVER = "approver";
    public static final String MODERATOR = "moderator";
    public static final String IT_SECURITY = "it-security";
    public static final String MANAGEMENT = "management";
    public static final String CERT_ANALYST = "cert-analyst";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private ConsoleRoles() {
    }
}
