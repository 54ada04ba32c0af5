-- Schema version 6: the service's system of record (docs/adr/012-the-service.md).
-- 1. Partner organisations: registrars, cloud providers, app stores, regional branches, foreign CERTs. A partner
--    user belongs to one and sees only its cases and the events of its constituency (ASNs, networks, domains).
CREATE TABLE organisations (
    id          VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    country     VARCHAR,
    created_at  TIMESTAMP NOT NULL
);
CREATE TABLE organisation_constituency (
    organisation_id  VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    value            VARCHAR NOT NULL
);
-- 2. Users: a role each (admin, analyst, coordinator, editor, viewer, partner); a partner user names its
--    organisation. Passwords are kept only as a salted hash in Spring Security's "{id}hash" form.
CREATE TABLE users (
    username         VARCHAR PRIMARY KEY,
    password_hash    VARCHAR NOT NULL,
    role             VARCHAR NOT NULL,
    organisation_id  VARCHAR,
    disabled         BOOLEAN NOT NULL,
    created_at       TIMESTAMP NOT NULL
);
-- 3. API tokens: a token is shown once when made; the store keeps its SHA-256 only. A token acts as its user
--    with a role no higher than the user's, until it expires or is revoked.
CREATE TABLE api_tokens (
    id            VARCHAR PRIMARY KEY,
    token_sha256  VARCHAR NOT NULL UNIQUE,
    name          VARCHAR NOT NULL,
    username      VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    expires_at    TIMESTAMP,
    revoked_at    TIMESTAMP,
    revoked_by    VARCHAR
);
-- 4. The audit trail: every change, who made it, when, from where; rows are only ever added.
CREATE SEQUENCE audit_seq START 1;
CREATE TABLE audit_trail (
    seq       BIGINT PRIMARY KEY DEFAULT nextval('audit_seq'),
    occurred_at  TIMESTAMP NOT NULL,
    actor     VARCHAR NOT NULL,
    action    VARCHAR NOT NULL,
    target    VARCHAR,
    detail    VARCHAR,
    source    VARCHAR
);
