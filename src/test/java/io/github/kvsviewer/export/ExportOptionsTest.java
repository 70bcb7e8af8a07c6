package io.github.kvsviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

    @Test
    void defaultsAreJapanTimeAndAHighJpegQuality() {
        ExportOptions options = ExportOptions.png(Path.of("out"));

        assertThat(options.format()).isEqualTo(ExportFormat.PNG);
        assertThat(options.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(options.jpegQuality()).isEqualTo(0.92f);
        assertThat(ExportOptions.jpeg(Path.of("out")).format().extension()).isEqualTo("jpg");
    }

    @Test
    void withersChangeOneThing() {
        ExportOptions options = ExportOptions.jpeg(Path.of("a")).withJpegQuality(0.5f).withZone(ZoneOffset.UTC)
                .withFolder(Path.of("b")).withFormat(ExportFormat.PNG);

        assertThat(options).isEqualTo(new ExportOptions(ExportFormat.PNG, 0.5f, Path.of("b"), ZoneOffset.UTC));
    }

    @Test
    void jpegQualityIsAFractionFromZeroToOne() {
        ExportOptions options = ExportOptions.jpeg(Path.of("out"));

        assertThat(options.withJpegQuality(0f).jpegQuality()).isZero();
        assertThat(options.withJpegQuality(1f).jpegQuality()).isEqualTo(1f);
        assertThatThrownBy(() -> options.withJpegQuality(92f)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> options.withJpegQuality(-0.1f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withJpegQuality(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
