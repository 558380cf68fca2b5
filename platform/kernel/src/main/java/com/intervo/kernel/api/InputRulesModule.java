package com.intervo.kernel.api;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link InputRules} to every JSON value the application reads (strings, map keys, dates, decimals), so
 * a NUL character or a date in the year 999999999 is refused with the field's name before any code sees it.
 */
@Component
class InputRulesModule extends SimpleModule {

    InputRulesModule() {
        super("intervo-input-rules");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                return InputRules.isChecked(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(
                    DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
                return type.getRawClass() == String.class ? new CheckedKey(deserializer) : deserializer;
            }
        });
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return check(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue)
                throws JacksonException {
            return check(parser, super.deserialize(parser, context, intoValue));
        }

        private Object check(JsonParser parser, Object value) {
            String refusal = InputRules.refusal(value);
            if (refusal != null) {
                throw new RefusedInputException(parser, refusal, value, handledType());
            }
            return value;
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        private final KeyDeserializer delegate;

        CheckedKey(KeyDeserializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
            if (key != null && InputRules.hasControlCharacter(key)) {
                throw new RefusedInputException(context.getParser(), InputRules.CONTROL_CHARACTER, key, String.class);
            }
            return delegate == null ? key : delegate.deserializeKey(key, context);
        }
    }
}
