package vn.steerboard.audit.internal;

import vn.steerboard.audit.AuditRecord;
import vn.steerboard.audit.ChainVerification;

/** Checks records one at a time, in sequence order, remembering only the previous link. */
final class ChainWalk {

    private static final String GENESIS = "0".repeat(64);

    private long expectedSeq = 1;
    private String previousHash = GENESIS;
    private long checked;
    private ChainVerification failure;

    void accept(AuditRecord record) {
        accept(record, null);
    }

    /** {@code attachment}: the stored content the record's attachment hash names (null when none is stored). */
    void accept(AuditRecord record, String attachment) {
        if (failure != null) {
            return;
        }
        if (record.seq() != expectedSeq) {
            failure = ChainVerification.broken(checked, expectedSeq,
                    "record " + expectedSeq + " is missing (next present record is " + record.seq() + ")");
            return;
        }
        if (!previousHash.equals(record.prevHash())) {
            failure = ChainVerification.broken(checked, record.seq(),
                    "record " + record.seq() + " does not link to the hash of record " + (record.seq() - 1));
            return;
        }
        if (!ChainHash.of(record).equals(record.hash())) {
            failure = ChainVerification.broken(checked, record.seq(),
                    "record " + record.seq() + " was altered: its content no longer matches its hash");
            return;
        }
        if (record.attachmentSha256() != null && attachment == null) {
            failure = ChainVerification.broken(checked, record.seq(),
                    "the attachment of record " + record.seq() + " (" + record.attachmentSha256() + ") is missing");
            return;
        }
        if (record.attachmentSha256() != null && !ChainHash.sha256(attachment).equals(record.attachmentSha256())) {
            failure = ChainVerification.broken(checked, record.seq(),
                    "the attachment of record " + record.seq() + " was altered: its content no longer matches its hash");
            return;
        }
        checked++;
        expectedSeq++;
        previousHash = record.hash();
    }

    ChainVerification finish(AuditRepository.Head head) {
        if (failure != null) {
            return failure;
        }
        if (head.lastSeq() != checked || !head.lastHash().equals(previousHash)) {
            return ChainVerification.broken(checked, checked + 1,
                    "the chain ends at record " + checked + " but its head says " + head.lastSeq()
                            + ": records were removed from the end");
        }
        return ChainVerification.intact(checked);
    }
}
