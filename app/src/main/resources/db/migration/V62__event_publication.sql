-- Spring Modulith's event publication registry (its JDBC schema v2, written here so that Flyway alone changes the
-- schema): a listener's publication is stored in the transaction of the change and completed (deleted, see
-- spring.modulith.events.completion-mode) once the listener has run, so a crash between commit and listener
-- loses nothing; outstanding ones are republished on restart.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
