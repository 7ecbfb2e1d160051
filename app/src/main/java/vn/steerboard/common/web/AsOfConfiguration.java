package vn.steerboard.common.web;

import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.VietnamTime;

/** Registers the one {@link AsOf} resolver, and shows {@code asOf} in the OpenAPI description as the date it is. */
@Configuration
class AsOfConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().replaceWithClass(AsOf.class, LocalDate.class);
    }

    private final VietnamTime time;

    AsOfConfiguration(VietnamTime time) {
        this.time = time;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AsOfArgumentResolver(time));
    }
}
