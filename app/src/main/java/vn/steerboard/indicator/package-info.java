/**
 * The indicator catalogue (KPIs): data sets and their elements with aggregation rules, validation rules, indicators
 * as formulas over elements, targets with milestones, and human ratings beside computed statuses. Values come in
 * through {@code submission}; figures are read in {@code analytics}.
 */
package vn.steerboard.indicator;
