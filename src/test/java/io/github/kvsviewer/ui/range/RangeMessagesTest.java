package io.github.kvsviewer.ui.range;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every English string of the range panel has a Japanese one, and every pattern is a valid MessageFormat. */
class RangeMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RangeMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseHasEveryKeyAndEveryPatternParses() throws IOException {
        Properties english = load("range.properties");
        Properties japanese = load("range_ja.properties");

        assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(japanese.getProperty(key)).as(key).isNotBlank();
            new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            new MessageFormat(japanese.getProperty(key), Locale.JAPANESE);
        }
        for (ZoomLevel level : ZoomLevel.values()) {
            assertThat(english.getProperty("zoom." + level.name())).isNotBlank();
        }
    }
}
