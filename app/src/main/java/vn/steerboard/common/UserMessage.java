package vn.steerboard.common;

import java.util.Arrays;
import java.util.List;

/**
 * What went wrong, in words a user can be shown in their language: a key of the message bundles and its
 * arguments. The exception's own (English) text stays what the API answers to clients that ask for no language.
 */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.asList(args));
    }

    /** Implemented by refusals that can say themselves in the user's language. */
    public interface Explained {
        UserMessage userMessage();
    }
}
