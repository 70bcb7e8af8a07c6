package io.github.kvsviewer.ui.footage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every English string of the footage map has a Japanese one, and every pattern is a valid MessageFormat. */
class FootageMessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FootageMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseHasEveryKeyAndEveryPatternParses() throws IOException {
        Properties english = load("footage.properties");
        Properties japanese = load("footage_ja.properties");

        assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(japanese.getProperty(key)).as(key).isNotBlank();
            new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            new MessageFormat(japanese.getProperty(key), Locale.JAPANESE);
        }
        assertThat(japanese.getProperty("legend.gap")).isNotEqualTo(english.getProperty("legend.gap"));
    }
}
