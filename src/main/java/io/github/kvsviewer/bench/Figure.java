package io.github.kvsviewer.bench;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One benchmark figure: a value in a unit, or skipped with the reason why (a tool
 * that is not installed, say).
 */
record Figure(String name, OptionalDouble value, String unit, String note) {

    Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(note, "note");
    }

    static Figure of(String name, double value, String unit) {
        return new Figure(name, OptionalDouble.of(value), unit, "");
    }

    static Figure skipped(String name, String why) {
        return new Figure(name, OptionalDouble.empty(), "", why);
    }

    /** {@code name=value unit}, or {@code name=skipped (why)}. */
    String line() {
        if (value.isEmpty()) {
            return name + "=skipped (" + note + ")";
        }
        return name + "=" + formattedValue() + " " + unit;
    }

    /** Milliseconds and rates to a tenth, memory to the megabyte. */
    String formattedValue() {
        if (value.isEmpty()) {
            return "";
        }
        return "MB".equals(unit) ? String.format(Locale.ROOT, "%.0f", value.getAsDouble())
                : String.format(Locale.ROOT, "%.1f", value.getAsDouble());
    }
}
