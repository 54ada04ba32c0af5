-- Sitrep store, schema version 2: analysts' overrides of the weekly rating (spec/rating.md step 7).
-- Every override is kept; the latest of a week applies. Bands are stored by id (excellent … critical).

CREATE TABLE assessment_overrides (
    week           VARCHAR NOT NULL,
    band           VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    analyst        VARCHAR NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    computed_band  VARCHAR
);
