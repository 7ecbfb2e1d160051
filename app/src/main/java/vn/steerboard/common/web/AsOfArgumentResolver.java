package vn.steerboard.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnamTime;

/**
 * Resolves every {@link AsOf} parameter from {@code ?asOf=}: ISO {@code yyyy-mm-dd} (what links and the API use) or
 * {@code dd/mm/yyyy} (what people type); absent or blank means today in Vietnam. Anything else, or a day outside
 * {@link AsOf#FIRST}..{@link AsOf#LAST}, is a 400 naming {@code asOf} and the value.
 */
final class AsOfArgumentResolver implements HandlerMethodArgumentResolver {

    static final String PARAMETER = "asOf";
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final VietnamTime time;

    AsOfArgumentResolver(VietnamTime time) {
        this.time = time;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AsOf.class;
    }

    @Override
    public AsOf resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        String value = request.getParameter(PARAMETER);
        if (value == null || value.isBlank()) {
            return AsOf.today(time);
        }
        return AsOf.of(parse(value.strip()));
    }

    static LocalDate parse(String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value, value.contains("/") ? VIETNAMESE : ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(PARAMETER, value, "expected a day as yyyy-mm-dd or dd/mm/yyyy").because("reason.expected.date");
        }
        if (day.isBefore(AsOf.FIRST) || day.isAfter(AsOf.LAST)) {
            throw new InvalidParameterException(PARAMETER, value, "expected a day between " + AsOf.FIRST + " and " + AsOf.LAST)
                    .because("reason.day.between", AsOf.FIRST, AsOf.LAST);
        }
        return day;
    }
}
