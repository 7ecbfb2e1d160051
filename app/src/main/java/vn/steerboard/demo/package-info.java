/**
 * Demo data, synthetic and labelled as such, seeded at start-up when {@code steerboard.demo.enabled=true} (never in
 * the production profile). The domain modules do not depend on it.
 */
package vn.steerboard.demo;
