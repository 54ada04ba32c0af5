-- The archive of bulletin issues: every revision of every week, drafts and published ones.
-- figures and assessment hold the JSON the revision was computed with; a published revision is never updated.
CREATE TABLE bulletin_issues (
    week          VARCHAR NOT NULL,
    revision      INTEGER NOT NULL,
    status        VARCHAR NOT NULL,
    figures       VARCHAR NOT NULL,
    assessment    VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    published_at  TIMESTAMP,
    change_note   VARCHAR,
    PRIMARY KEY (week, revision)
);
