/**
 * The public-service delivery scoreboard (issue 16, Decision 766/QĐ-TTg): the catalogue of administrative procedures
 * (TTHC), versioned, loaded by the API and by spreadsheet. Public API: {@link vn.steerboard.delivery.ProcedureCatalogue}.
 */
package vn.steerboard.delivery;
