/**
 * Indicators (KPIs): formulas over reported data elements, aggregation over the organisation tree and over
 * time, and forecasts against targets. This first part holds the pure rules; submissions, approval, live
 * roll-ups and pages are still to come (see the note).
 */
package vn.steerboard.indicator;
