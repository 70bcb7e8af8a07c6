package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.clip.ClipPlanner;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.OpenArchive;
import io.github.kvsviewer.ui.SessionModel;
import io.github.kvsviewer.ui.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fragments around the requested range and what GetClip will make of them,
 * known before anything is downloaded. Lists fragments (debounced, cached per
 * stream and span), plans the clip with {@link ClipPlanner}, writes
 * {@code session.plan}, and offers the aligned range that covers the whole request.
 */
public final class FootageMapViewModel {

    private static final Logger log = LoggerFactory.getLogger(FootageMapViewModel.class);

    /** How long the range must stay put before fragments are listed. */
    public static final Duration QUIET_BEFORE_LISTING = Duration.ofMillis(250);

    private final SessionModel session;
    private final TaskRunner runner;
    private final Debounce debounce;
    private final Messages messages;
    private final ClipPlanner planner = new ClipPlanner();
    private final FragmentListingCache cache = new FragmentListingCache();

    private final ReadOnlyObjectWrapper<FootageMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyObjectWrapper<Fragment> selectedFragment = new ReadOnlyObjectWrapper<>(this, "selectedFragment");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final BooleanBinding canAlign;
    private ListFragmentsTask running;

    /** For the window: lists once the range has been still for {@link #QUIET_BEFORE_LISTING}. Create on the FX thread. */
    public FootageMapViewModel(SessionModel session, TaskRunner runner, Locale locale) {
        this(session, runner, new FxDebounce(QUIET_BEFORE_LISTING), locale);
    }

    FootageMapViewModel(SessionModel session, TaskRunner runner, Debounce debounce, Locale locale) {
        this.session = session;
        this.runner = runner;
        this.debounce = debounce;
        this.messages = Messages.of("io.github.kvsviewer.ui.footage.footage", locale);
        canAlign = Bindings.createBooleanBinding(() -> session.plan().flatMap(ClipPlan::aligned).isPresent(),
                session.planProperty());
        session.archiveProperty().addListener(obs -> {
            cache.clear();
            update();
        });
        session.streamProperty().addListener(obs -> update());
        session.requestedProperty().addListener(obs -> update());
        session.zoneProperty().addListener(obs -> update());
        update();
    }

    // --- commands

    /** Picks a fragment: the request becomes exactly that fragment, [start, start + length]. */
    public void select(Fragment fragment) {
        selectedFragment.set(fragment);
        session.requestedProperty().set(rangeOf(fragment));
    }

    /** A click at {@code x} on a map {@code width} pixels wide; selects the fragment there, if any. */
    public void clickAt(double x, double width) {
        layout(width).fragmentAt(x).ifPresent(this::select);
    }

    /** The pointer is at {@code x}: describes the fragment under it (start in the zone, length, number). */
    public void hover(double x, double width) {
        hoverText.set(layout(width).fragmentAt(x).map(this::describe).orElse(""));
    }

    public void hoverEnded() {
        hoverText.set("");
    }

    /** Moves the request's start back to the start of the fragment that covers it, so GetClip returns all of it. */
    public void align() {
        session.plan().flatMap(ClipPlan::aligned).ifPresent(session.requestedProperty()::set);
    }

    /** Forgets what was listed for the stream (new footage at the live edge) and lists again. */
    public void refresh() {
        session.stream().ifPresent(stream -> cache.clear(stream.name()));
        update();
    }

    /** The map laid out {@code width} pixels wide. */
    FootageMapLayout layout(double width) {
        FootageMap shown = map.get();
        return shown == null ? FootageMapLayout.empty(width) : FootageMapLayout.of(shown, width);
    }

    public Messages messages() {
        return messages;
    }

    // --- listing and planning

    private void update() {
        Optional<Fragment> selected = Optional.ofNullable(selectedFragment.get())
                .filter(fragment -> session.requested().map(rangeOf(fragment)::equals).orElse(false));
        selectedFragment.set(selected.orElse(null));
        Optional<String> missing = missingInput();
        if (missing.isPresent()) {
            showNothing(missing.get(), false);
            return;
        }
        String stream = session.stream().orElseThrow().name();
        TimeRange requested = session.requested().orElseThrow();
        Optional<List<Fragment>> listed = cache.find(stream, MapSpans.listed(requested));
        if (listed.isPresent()) {
            show(requested, listed.get());
            return;
        }
        // The plan must match the request: none until the fragments around it are known.
        session.planProperty().set(null);
        busy.set(true);
        failed.set(false);
        status.set(messages.get("status.listing"));
        debounce.request(this::listNow);
    }

    private void listNow() {
        if (missingInput().isPresent()) {
            return;
        }
        OpenArchive archive = session.archive().orElseThrow();
        String stream = session.stream().orElseThrow().name();
        TimeRange needed = MapSpans.listed(requested());
        if (cache.find(stream, needed).isPresent()) {
            update();
            return;
        }
        if (running != null && running.archive() == archive && running.stream().equals(stream)
                && MapSpans.covers(running.span(), needed)) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        ListFragmentsTask task = new ListFragmentsTask(archive, stream, MapSpans.widened(needed));
        running = task;
        task.setOnSucceeded(e -> {
            if (session.archive().orElse(null) == task.archive()) {
                cache.put(task.stream(), task.span(), task.getValue());
            }
            if (running == task) {
                running = null;
            }
            update();
        });
        task.setOnFailed(e -> {
            if (running != task) {
                return;
            }
            running = null;
            Throwable error = task.getException();
            log.warn("Listing fragments of {} over {} failed: {}", task.stream(), task.span(), error.toString());
            log.debug("Listing failure", error);
            showNothing(error instanceof ArchiveException ? error.getMessage()
                    : messages.get("error.unexpected", String.valueOf(error)), true);
        });
        runner.run(task);
    }

    private void show(TimeRange requested, List<Fragment> around) {
        ClipPlan plan = planner.plan(requested, around);
        session.planProperty().set(plan);
        map.set(FootageMap.of(plan, MapSpans.shown(plan), zone(), Optional.ofNullable(selectedFragment.get())));
        busy.set(running != null);
        failed.set(false);
        status.set(summary(plan));
    }

    private void showNothing(String why, boolean isError) {
        session.planProperty().set(null);
        map.set(null);
        busy.set(false);
        failed.set(isError);
        status.set(why);
    }

    private Optional<String> missingInput() {
        if (session.archive().isEmpty()) {
            return Optional.of(messages.get("status.notConnected"));
        }
        if (session.stream().isEmpty()) {
            return Optional.of(messages.get("status.noStream"));
        }
        if (session.requested().isEmpty()) {
            return Optional.of(messages.get("status.noRange"));
        }
        return Optional.empty();
    }

    private String summary(ClipPlan plan) {
        TimeDisplay display = new TimeDisplay(zone());
        String returns = plan.predictedReturned()
                .map(range -> messages.get("status.returns", plan.returned().size(), display.range(range),
                        TimeDisplay.duration(range.duration())))
                .orElse(messages.get("status.nothingReturned"));
        return plan.aligned().isEmpty() ? returns : returns + " " + messages.get("status.alignHint");
    }

    private String describe(Fragment fragment) {
        TimeDisplay display = new TimeDisplay(zone());
        boolean returned = map.get() != null && map.get().isReturned(fragment);
        return messages.get("hover.fragment", fragment.number(),
                display.dateTime(fragment.producerTime()) + " " + display.zoneName(fragment.producerTime()),
                TimeDisplay.duration(fragment.length()),
                messages.get(returned ? "hover.returned" : "hover.notReturned"));
    }

    private static TimeRange rangeOf(Fragment fragment) {
        return new TimeRange(fragment.producerTime(), fragment.producerTime().plus(fragment.length()));
    }

    private TimeRange requested() {
        return session.requested().orElseThrow();
    }

    private java.time.ZoneId zone() {
        return session.zoneProperty().get();
    }

    // --- properties

    /** What the map draws, or null when there is nothing to draw (not connected, no range, an error). */
    public ReadOnlyObjectProperty<FootageMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The fragment picked on the map, while the request is still exactly that fragment. */
    public ReadOnlyObjectProperty<Fragment> selectedFragmentProperty() {
        return selectedFragment.getReadOnlyProperty();
    }

    /** What GetClip will return, what is listing, or why nothing is shown (an archive's own message on failure). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The fragment under the pointer: number, start in the zone to the millisecond, length; empty elsewhere. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the status is an error. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True while the plan has an aligned range, i.e. the requested start lies inside a fragment GetClip leaves out. */
    public BooleanBinding canAlignProperty() {
        return canAlign;
    }
}
