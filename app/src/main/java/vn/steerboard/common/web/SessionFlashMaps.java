package vn.steerboard.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flash attributes (the message shown after a redirect) travel in the session, and sessions are stored in the
 * database (Spring Session JDBC), where every attribute must be serialisable: the redirect may land on another
 * node. A flash value that is not {@link Serializable} (a page's record, e.g. the submission just made) is kept
 * as JSON with its class name and read back as that class; only the application's own classes are read back.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class SessionFlashMaps {

    static final String OWN_CLASSES = "vn.steerboard.";

    /** A flash value as JSON, with the name of its class. */
    record JsonValue(String type, String json) implements Serializable {
    }

    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager(ObjectProvider<JsonMapper> mapper) {
        return new Manager(mapper.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    static final class Manager extends SessionFlashMapManager {
        private final JsonMapper json;

        Manager(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
            List<FlashMap> stored = super.retrieveFlashMaps(request);
            if (stored == null) {
                return null;
            }
            List<FlashMap> restored = new ArrayList<>(); // changed in place by the caller
            stored.forEach(map -> restored.add(copy(map, true)));
            return restored;
        }

        @Override
        protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
            List<FlashMap> storable = new ArrayList<>();
            flashMaps.forEach(map -> storable.add(copy(map, false)));
            super.updateFlashMaps(storable, request, response);
        }

        private FlashMap copy(FlashMap map, boolean read) {
            FlashMap copy = new FlashMap();
            copy.setTargetRequestPath(map.getTargetRequestPath());
            copy.addTargetRequestParams(map.getTargetRequestParams());
            copy.setExpirationTime(map.getExpirationTime());
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                copy.put(entry.getKey(), read ? read(entry.getValue()) : write(entry.getValue()));
            }
            return copy;
        }

        private Object write(Object value) {
            if (value == null || value instanceof Serializable) {
                return value;
            }
            return new JsonValue(value.getClass().getName(), json.writeValueAsString(value));
        }

        private Object read(Object value) {
            if (!(value instanceof JsonValue stored) || !stored.type().startsWith(OWN_CLASSES)) {
                return value;
            }
            try {
                return json.readValue(stored.json(), ClassUtils.forName(stored.type(), Manager.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return null; // a class gone since a deployment: the message is dropped, the page still answers
            }
        }
    }
}
