-- Sitrep store, schema version 1. Column names are IntelMQ's field names with dots as underscores.
-- Times are TIMESTAMP holding UTC. Written in the subset DuckDB and PostgreSQL share.

CREATE TABLE events (
    dedup_key                       BIGINT PRIMARY KEY,
    time_source                     TIMESTAMP NOT NULL,
    time_observation                TIMESTAMP,
    feed_name                       VARCHAR NOT NULL,
    feed_provider                   VARCHAR,
    feed_url                        VARCHAR,
    feed_accuracy                   DOUBLE PRECISION,
    classification_taxonomy         VARCHAR,
    classification_type             VARCHAR NOT NULL,
    classification_identifier       VARCHAR,
    source_ip                       VARCHAR,
    source_port                     INTEGER,
    source_fqdn                     VARCHAR,
    source_url                      VARCHAR,
    source_asn                      BIGINT,
    source_as_name                  VARCHAR,
    source_network                  VARCHAR,
    source_geolocation_cc           VARCHAR,
    source_geolocation_region       VARCHAR,
    source_geolocation_city         VARCHAR,
    destination_ip                  VARCHAR,
    destination_port                INTEGER,
    destination_fqdn                VARCHAR,
    destination_url                 VARCHAR,
    destination_asn                 BIGINT,
    destination_as_name             VARCHAR,
    destination_network             VARCHAR,
    destination_geolocation_cc      VARCHAR,
    destination_geolocation_region  VARCHAR,
    destination_geolocation_city    VARCHAR,
    malware_name                    VARCHAR,
    malware_hash_sha256             VARCHAR,
    event_description_target        VARCHAR,
    tlp                             VARCHAR,
    extra                           VARCHAR,
    raw                             VARCHAR,
    -- derived at ingest (spec/events.md), exported as extra.sitrep.*
    kind                            VARCHAR,
    site                            VARCHAR,
    registered_domain               VARCHAR,
    tld                             VARCHAR,
    domestic                        BOOLEAN,
    government                      BOOLEAN NOT NULL,
    registrar_cc                    VARCHAR,
    ip_literal                      BOOLEAN NOT NULL,
    target_domestic                 BOOLEAN,
    target_sector                   VARCHAR,
    ingest_run                      BIGINT
);

CREATE TABLE vulnerabilities (
    id                VARCHAR PRIMARY KEY,
    aliases           VARCHAR,
    published         DATE NOT NULL,
    modified          DATE,
    title             VARCHAR,
    description       VARCHAR,
    severity          VARCHAR,
    cvss_version      VARCHAR,
    cvss_vector       VARCHAR,
    cvss_score        DOUBLE PRECISION,
    affected_object   VARCHAR,
    vendor            VARCHAR,
    product           VARCHAR,
    zero_day          BOOLEAN NOT NULL,
    remote            BOOLEAN NOT NULL,
    known_exploited   BOOLEAN NOT NULL,
    source            VARCHAR,
    ingest_run        BIGINT
);

CREATE TABLE cases (
    id                    VARCHAR PRIMARY KEY,
    title                 VARCHAR,
    type                  VARCHAR NOT NULL,
    category              VARCHAR,
    grade                 VARCHAR,
    reported_at           TIMESTAMP NOT NULL,
    reporter              VARCHAR,
    reporter_country      VARCHAR,
    channel               VARCHAR,
    targets               VARCHAR,
    target_countries      VARCHAR,
    cross_border          BOOLEAN NOT NULL,
    infrastructure_scope  VARCHAR NOT NULL,
    status                VARCHAR NOT NULL,
    closed_at             TIMESTAMP,
    sector                VARCHAR,
    ingest_run            BIGINT
);

CREATE TABLE case_partners (
    case_id   VARCHAR NOT NULL,
    position  INTEGER NOT NULL,
    name      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    country   VARCHAR,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE ingest_runs (
    id           BIGINT PRIMARY KEY,
    file         VARCHAR NOT NULL,
    digest       VARCHAR NOT NULL,
    format       VARCHAR,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    read_count       BIGINT NOT NULL,
    accepted_count   BIGINT NOT NULL,
    duplicate_count  BIGINT NOT NULL,
    skipped_count    BIGINT NOT NULL,
    rejected_count   BIGINT NOT NULL,
    status       VARCHAR NOT NULL
);

CREATE TABLE rejects (
    run_id   BIGINT NOT NULL,
    file     VARCHAR NOT NULL,
    line     BIGINT NOT NULL,
    field    VARCHAR,
    code     VARCHAR NOT NULL,
    detail   VARCHAR NOT NULL,
    raw      VARCHAR
);
