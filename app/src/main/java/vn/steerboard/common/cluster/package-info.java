/**
 * Several nodes on one PostgreSQL hear each other's changes of figures: every {@link vn.steerboard.common.FiguresChanged}
 * committed on a node is sent with {@code pg_notify} inside its transaction (so PostgreSQL delivers it only if the
 * change commits), and every node listens on a connection of its own, outside the pool, and publishes what it hears
 * as {@link vn.steerboard.common.FiguresChangedElsewhere}. Nothing happens on H2 (one node).
 */
package vn.steerboard.common.cluster;
