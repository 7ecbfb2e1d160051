/**
 * The programme: programmes, plans and tasks with the six clarities; status derived as of any day
 * ({@link vn.steerboard.programme.TaskRules}); rates, rankings, import/export and alerts.
 */
package vn.steerboard.programme;
