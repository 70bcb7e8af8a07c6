package io.github.kvsviewer.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The strings of one feature, from its resource bundle (English, and Japanese in
 * {@code *_ja.properties}). Each feature has its own bundle next to its classes,
 * so features never edit the same file. A missing key fails loudly.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param baseName e.g. "io.github.kvsviewer.ui.range.range" for range.properties in that package
     */
    public static Messages of(String baseName, Locale locale) {
        try {
            return new Messages(ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(),
                    // No fallback to the system locale: English is the base bundle.
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing resource bundle " + baseName, e);
        }
    }

    /** The text for {@code key}, with {0}, {1}... filled in (MessageFormat; quote apostrophes as ''). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
