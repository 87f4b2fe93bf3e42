package io.rasmi.platform.security;

/** Rasmi's realm roles (DESIGN.md, "Identity, roles and tenancy"). */
public final class Roles {
    public static final String ENTITY_ADMIN = "entity-admin";
    public static final String PUBLISHER = "publisher";
    public static final String APPROVER = "approver";
    public static final String MODERATOR = "moderator";
    public static final String IT_SECURITY = "it-security";
    public static final String MANAGEMENT = "management";
    public static final String CERT_ANALYST = "cert-analyst";
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String KPI_INGEST = "kpi-ingest";

    private Roles() {
    }
}
