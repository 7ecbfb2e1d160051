/** The command line of the same jar: batch jobs such as audit verification and quality scans. */
package vn.steerboard.cli;
