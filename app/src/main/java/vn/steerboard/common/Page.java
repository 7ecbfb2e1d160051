package vn.steerboard.common;

import java.util.List;
import java.util.function.Function;

/** One page of results with the totals a client needs to page on. */
public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> Page<T> of(List<T> content, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(content, request.page(), request.size(), total, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
