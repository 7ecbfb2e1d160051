package vn.steerboard.identity;

/** Implemented by every authenticated principal of Steerboard (users and API tokens). */
public interface ActorPrincipal {
    Actor actor();
}
