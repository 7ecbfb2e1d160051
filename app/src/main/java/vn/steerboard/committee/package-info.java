/**
 * The steering committee's room: the national overview, agency scorecards, composite rankings and the
 * meeting report, built from the programme and quality modules' public figures.
 */
package vn.steerboard.committee;
