-- Open data of the delivery index (/open/delivery.csv|json): how deep the ADMIN publishes the totals:
-- 'NATIONAL' (the nation only), 'PROVINCE' (and provinces and ministries) or 'COMMUNE' (and communes).
CREATE TABLE delivery_publication (
    id     INT          NOT NULL PRIMARY KEY,
    level  VARCHAR(10)  NOT NULL,
    CONSTRAINT delivery_publication_check CHECK (level IN ('NATIONAL', 'PROVINCE', 'COMMUNE'))
);
INSERT INTO delivery_publication (id, level) VALUES (1, 'PROVINCE');
