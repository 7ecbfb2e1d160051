-- ShedLock (JDBC provider): a scheduled job takes its row here before it runs, so that with several nodes on one
-- database the 07:00 task alerts and the 02:00 quality scans run on one node only. Times are the database's own
-- (usingDbTime), in UTC, so nodes whose clocks differ still agree on who holds a lock.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL,
    lock_until  TIMESTAMP    NOT NULL,
    locked_at   TIMESTAMP    NOT NULL,
    locked_by   VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
