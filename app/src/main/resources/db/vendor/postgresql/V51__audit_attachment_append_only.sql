-- Audit attachments are append-only like the records that name them.
CREATE TRIGGER audit_attachment_append_only
    BEFORE UPDATE OR DELETE ON audit_attachment
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
