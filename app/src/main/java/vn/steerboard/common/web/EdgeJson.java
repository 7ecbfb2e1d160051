package vn.steerboard.common.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import vn.steerboard.common.EdgeText;

/**
 * The JSON edge: every string of every request body passes {@link EdgeText} (control characters refused with the
 * field's path, NFC), and no answer ever carries a non-finite number (NaN or infinity is written as null).
 */
@Configuration
class EdgeJson {

    @Bean
    JsonMapperBuilderCustomizer edgeText() {
        SimpleModule module = new SimpleModule("steerboard-edge");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(Double.class, new CheckedDouble(Double.class, null));
        module.addDeserializer(Double.TYPE, new CheckedDouble(Double.TYPE, 0.0));
        module.addSerializer(Double.class, new FiniteDouble());
        module.addSerializer(Double.TYPE, new FiniteDouble());
        return builder -> builder.addModule(module);
    }

    static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            return EdgeText.accept(() -> field(p), text);
        }

        /** The field's path: {@code values[3].unit}. */
        private static String field(JsonParser p) {
            String pointer = p.streamReadContext().pathAsPointer().toString();
            StringBuilder path = new StringBuilder();
            for (String segment : pointer.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(segment).append(']');
                } else {
                    path.append(path.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
                }
            }
            return path.length() == 0 ? "body" : path.toString();
        }
    }

    /** A number that overflows a double (1e309) is refused with its field, never taken as infinity. */
    static final class CheckedDouble extends tools.jackson.databind.deser.jdk.NumberDeserializers.DoubleDeserializer {

        CheckedDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new EdgeText.UnstorableTextException(CheckedString.field(p), "is not a finite number")
                        .because(vn.steerboard.common.UserMessage.of("reason.value.notFinite"));
            }
            return value;
        }
    }

    static final class FiniteDouble extends StdSerializer<Double> {

        FiniteDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext provider) {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
