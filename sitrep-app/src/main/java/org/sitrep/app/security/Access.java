package org.sitrep.app.security;

/**
 * Who may call an endpoint, as {@code @PreAuthorize} expressions. Every handler method carries one of these (the
 * role matrix test fails on a method without one); read the name as "the roles that may".
 */
public final class Access {

    private Access() {}

    /** Every signed-in staff role: admin, analyst, coordinator, editor, viewer. Not partners. */
    public static final String STAFF = "hasAnyRole('ADMIN','ANALYST','COORDINATOR','EDITOR','VIEWER')";

    /** Every signed-in user, partners too (what they see is then limited to their organisation). */
    public static final String ANYONE = "hasAnyRole('ADMIN','ANALYST','COORDINATOR','EDITOR','VIEWER','PARTNER')";

    /** Ingest and event work: admin, analyst. */
    public static final String ANALYSTS = "hasAnyRole('ADMIN','ANALYST')";

    /** Case work: admin, analyst, coordinator. */
    public static final String CASE_WORKERS = "hasAnyRole('ADMIN','ANALYST','COORDINATOR')";

    /** Partners and notifications: admin, coordinator. */
    public static final String COORDINATORS = "hasAnyRole('ADMIN','COORDINATOR')";

    /** Coordinators, and partners for what concerns their own organisation: admin, coordinator, partner. */
    public static final String COORDINATORS_AND_PARTNERS = "hasAnyRole('ADMIN','COORDINATOR','PARTNER')";

    /** Bulletin review, override and publishing: admin, editor. */
    public static final String EDITORS = "hasAnyRole('ADMIN','EDITOR')";

    /** Users, tokens, the audit trail: admin only. */
    public static final String ADMINS = "hasRole('ADMIN')";
}
