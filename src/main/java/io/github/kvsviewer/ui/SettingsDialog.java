package io.github.kvsviewer.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The display zone (applies at once) and the language (applies at the next start). */
final class SettingsDialog {

    static final String LANGUAGE = "language";
    static final String ZONE = "zone";
    private static final List<String> LANGUAGES = List.of("system", "en", "ja");

    private SettingsDialog() {
    }

    static void show(Window owner, SessionModel session, Settings settings, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        zone.getItems().setAll("Asia/Tokyo", "UTC", ZoneId.systemDefault().getId());
        zone.setValue(session.zoneProperty().get().getId());
        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll(LANGUAGES.stream().map(l -> messages.get("language." + l)).toList());
        language.getSelectionModel().select(LANGUAGES.indexOf(settings.get(LANGUAGE).orElse("system")));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("settings.zone")), zone);
        grid.addRow(1, new Label(messages.get("settings.language")), language);
        grid.add(new Label(messages.get("settings.languageRestart")), 1, 2);
        dialog.getDialogPane().setContent(grid);

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            try {
                ZoneId chosen = ZoneId.of(zone.getValue().trim());
                session.zoneProperty().set(chosen);
                settings.put(ZONE, chosen.getId());
            } catch (RuntimeException e) {
                // An unknown zone keeps the current one; the dialog's combo shows the known ones.
            }
            int chosenLanguage = language.getSelectionModel().getSelectedIndex();
            settings.put(LANGUAGE, LANGUAGES.get(Math.max(0, chosenLanguage)));
            settings.save();
        }
    }

    /** The locale from the setting: Japanese when the system is Japanese unless chosen otherwise. */
    static Locale locale(Settings settings) {
        return switch (settings.get(LANGUAGE).orElse("system")) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        };
    }
}
