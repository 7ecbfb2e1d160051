/**
 * Database quality in the application: agencies register their databases, attach suites, run scans (or
 * upload the command line's reports), and the scores are kept, ranked and explained.
 */
package vn.steerboard.quality;
