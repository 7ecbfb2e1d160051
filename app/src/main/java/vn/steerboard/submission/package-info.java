/**
 * Indicator values in (form, bulk push, spreadsheet), each batch checked whole and written all or nothing;
 * idempotent batches; approval up the unit's lineage to the nation, with four eyes and versions. Public API:
 * {@link vn.steerboard.submission.Submissions}, {@link vn.steerboard.submission.Approvals}. Events:
 * {@link vn.steerboard.submission.ValuesSubmitted}, {@link vn.steerboard.submission.SubmissionApproved},
 * {@link vn.steerboard.submission.SubmissionReturned}. Publishes the view {@code reported_value}.
 */
package vn.steerboard.submission;
