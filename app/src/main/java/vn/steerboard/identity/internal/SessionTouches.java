package vn.steerboard.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link SparseTouchSessionRepository} in front of the JDBC session store that Spring Boot configures (its
 * table, timeout, cleanup schedule and cookie stay as application.yml says). Wrapping the bean, rather than
 * declaring another session repository, keeps Boot's session auto-configuration, which backs off from any other.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    @Bean
    static BeanPostProcessor sparseSessionTouches(
            @Value("${steerboard.session.touch-every:PT1M}") Duration touchEvery) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository store && !touchEvery.isZero()) {
                    return new SparseTouchSessionRepository((FindByIndexNameSessionRepository) store, touchEvery);
                }
                return bean;
            }
        };
    }
}
