package vn.steerboard.common;

/**
 * What is wrong with an uploaded file refused as a whole, so that the answer's type and title say it ("the file is
 * too large", not "invalid parameter"); the detail says exactly what, with the limit or the types accepted. The
 * title in the user's language is the bundles' {@code problem.title.<type>}.
 */
public enum FileRefusal {
    EMPTY("file-empty", "The file is empty"),
    TOO_LARGE("file-too-large", "The file is too large"),
    WRONG_TYPE("file-wrong-type", "This type of file is not accepted"),
    UNREADABLE("file-unreadable", "The file cannot be read"),
    /** Macros, scripts, launch actions or embedded files: content that could act when the file is opened. */
    ACTIVE_CONTENT("file-active-content", "The file contains macros or scripts"),
    ENCRYPTED("file-encrypted", "The file is encrypted");

    private final String type;
    private final String title;

    FileRefusal(String type, String title) {
        this.type = type;
        this.title = title;
    }

    /** The last part of the problem's type URI, e.g. {@code file-too-large}. */
    public String type() {
        return type;
    }

    /** The English title. */
    public String title() {
        return title;
    }
}
