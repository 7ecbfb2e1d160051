/**
 * The read side of indicators: live roll-ups over the organisation tree kept by deltas
 * ({@link vn.steerboard.analytics.Rollups}), scorecards, rankings, heat maps, forecasts and statuses
 * ({@link vn.steerboard.analytics.IndicatorFigures}), and open data down to the published level.
 */
package vn.steerboard.analytics;
