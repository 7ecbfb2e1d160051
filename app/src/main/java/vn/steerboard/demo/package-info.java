/**
 * Demo data, synthetic and labelled as such, seeded at start-up when {@code steerboard.demo.enabled=true} (never in
 * the production profile), only through the modules' public imports: {@code identity.AccountImport},
 * {@code programme.ProgrammeImport}, {@code indicator.CatalogueImport}, {@code submission.HistoricalValues},
 * {@code quality.SourceImport}. The domain modules do not depend on it.
 */
package vn.steerboard.demo;
