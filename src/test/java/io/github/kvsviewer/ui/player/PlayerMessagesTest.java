package io.github.kvsviewer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every player string exists in English and in real Japanese, and every pattern formats. */
class PlayerMessagesTest {

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlayerMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseHasEveryKeyTranslated() throws IOException {
        Properties english = read("player.properties");
        Properties japanese = read("player_ja.properties");
        assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            if (!key.equals("range.both")) { // "{0}, {1}" vs "{0}、{1}"
                assertThat(japanese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key))
                        .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            }
        }
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            var messages = PlayerResources.messages(locale);
            for (String key : read("player.properties").stringPropertyNames()) {
                assertThat(messages.get(key, 12, 34)).as(key).isNotBlank().doesNotContain("{");
            }
        }
        assertThat(PlayerResources.messages(Locale.JAPANESE).get("scrubber.play")).isEqualTo("再生");
    }
}
