package io.github.kvsviewer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where figures go: one line each on stdout as soon as it is measured (a long run
 * shows its progress), and all of them in a CSV at the end when asked for.
 */
final class FigureReport {

    private final PrintWriter out;
    private final List<Figure> figures = new ArrayList<>();

    FigureReport(PrintWriter out) {
        this.out = out;
    }

    void add(Figure figure) {
        figures.add(figure);
        out.println(figure.line());
        out.flush();
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** {@code name,value,unit,note}, one row per figure, with the machine and load in a comment line. */
    void writeCsv(Path file, MachineInfo machine) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append("# ").append(machine.describe().replace('\n', ' ')).append('\n');
        csv.append("name,value,unit,note\n");
        for (Figure figure : figures) {
            csv.append(figure.name()).append(',').append(figure.formattedValue()).append(',').append(figure.unit())
                    .append(',').append(quoted(figure.note())).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
