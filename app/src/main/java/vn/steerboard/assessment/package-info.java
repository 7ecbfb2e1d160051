/**
 * Assessments (issue 17): versioned questionnaire frameworks loaded from YAML definitions, and their scoring
 * (criteria → sub-indices → pillars → total → level, where a level may require minimum pillar scores).
 */
package vn.steerboard.assessment;
