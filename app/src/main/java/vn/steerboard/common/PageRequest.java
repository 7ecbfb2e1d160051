package vn.steerboard.common;

/** Zero-based page number and page size, validated at the API boundary. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new InvalidParameterException("page", p, "must be 0 or greater").because("reason.page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidParameterException("size", s, "must be between 1 and " + MAX_SIZE).because("reason.between", 1, MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
