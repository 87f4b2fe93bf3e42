package io.rasmi.platform.security;

import java.util.List;

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

    /** Every realm role, for checks that go through all of them (the test-kit's role matrix). */
    public static final List<String> ALL = List.of(ENTITY_ADMIN, PUBLISHER, APPROVER, MODERATOR, IT_SECURITY,
            MANAGEMENT, CERT_ANALYST, PLATFORM_ADMIN, KPI_INGEST);

    private Roles() {
    }
}
