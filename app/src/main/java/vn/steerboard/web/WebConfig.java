package vn.steerboard.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Vietnamese by default; "?lang=en" switches to English and a cookie remembers it. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("steerboard-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Boot registers this filter because the WebJars resolver enables the resource chain. It rewrites every link a
     * page builds by probing the classpath inside the jar, and misses are not cached: with dozens of links per page
     * it cost more than the page itself. We use no versioned resource URLs, so links need no rewriting; WebJars
     * are still served without version numbers by the resource handler.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                    Object handler) throws jakarta.servlet.ServletException {
                // an error page must not read the refused request's body (a "lang" parameter would parse a multipart body)
                return request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR || super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
