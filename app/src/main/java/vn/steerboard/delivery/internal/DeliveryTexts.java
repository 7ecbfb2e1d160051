package vn.steerboard.delivery.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The delivery module's texts from its bundles ({@code i18n/delivery_*.properties}) in the reader's language
 * (Vietnamese by default): reasons of row problems, page labels. No text of the module is written in Java.
 */
@Component
public class DeliveryTexts implements Texts {

    private final MessageSource messages;

    DeliveryTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text under {@code key} with its {0}, {1}, ... filled, in the current request's language. */
    @Override
    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    public static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
