package com.intervo.kernel.ui.map;

import com.intervo.kernel.map.MapSettings;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Leaflet map (BSD-2, from its webjar) with markers and counted clusters; optionally the user picks a point by
 * clicking, and a listener hears where the user moved the map (to read only what is in sight). Vaadin's own map is
 * commercial, so this small wrapper stands in.
 */
@Tag("div")
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@JavaScript("context://scripts/intervo-map.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
public class LeafletMap extends Div {

    /**
     * A marker; the label shows as a tooltip. With a colour ({@code #rrggbb}) it is drawn as a coloured dot, and
     * {@code permanent} keeps its label shown (a technician's name and the age of the fix).
     */
    public record Marker(double lat, double lng, String label, String colour, boolean permanent, String key) {

        public Marker(double lat, double lng, String label) {
            this(lat, lng, label, null, false, null);
        }

        public Marker(double lat, double lng, String label, String colour, boolean permanent) {
            this(lat, lng, label, colour, permanent, null);
        }

        public Marker {
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException(colour);
            }
        }
    }

    /**
     * Many markers shown as one disc with their count; a click zooms to the cluster's extent
     * ({@code south..north}, {@code west..east}).
     */
    public record Cluster(
            double lat, double lng, long count, String colour, double south, double west, double north, double east) {

        public Cluster {
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException(colour);
            }
        }
    }

    /** The part of the world in sight after the user moved or zoomed the map. */
    /** Where the map came to rest: its bounds, zoom and size in pixels (0 when a client did not say). */
    public record View(double south, double west, double north, double east, int zoom, int widthPx, int heightPx) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MapSettings settings;
    private final List<Marker> markers = new ArrayList<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final List<java.util.function.Consumer<View>> viewListeners = new ArrayList<>();
    private View view;
    private double centerLat = 45.9432;
    private double centerLng = 24.9668;
    private int zoom = 6;
    private boolean picking;
    private BiConsumer<BigDecimal, BigDecimal> pickListener;

    public LeafletMap(MapSettings settings) {
        this.settings = settings;
        addClassName("intervo-map");
        setWidthFull();
        setHeight("20rem");
    }

    public void setCenter(double lat, double lng, int zoom) {
        this.centerLat = lat;
        this.centerLng = lng;
        this.zoom = zoom;
    }

    /** Shows these markers (and no clusters) and frames them. */
    public void setMarkers(List<Marker> newMarkers) {
        show(newMarkers, List.of(), true);
    }

    /** Shows markers and clusters; {@code frame} fits them into the map, else the map stays where the user has it. */
    public void show(List<Marker> newMarkers, List<Cluster> newClusters, boolean frame) {
        markers.clear();
        markers.addAll(newMarkers);
        clusters.clear();
        clusters.addAll(newClusters);
        if (isAttached()) {
            push(frame);
        }
    }

    /**
     * Adds a keyed marker or replaces the one with its key; the rest of the map stays as it is. A marker put alone
     * needs a key (a null key throws).
     */
    public void putMarker(Marker marker) {
        java.util.Objects.requireNonNull(marker.key());
        int at = indexOf(marker.key());
        if (at >= 0) {
            markers.set(at, marker);
        } else {
            markers.add(marker);
        }
        if (isAttached()) {
            call("putMarker", JSON.writeValueAsString(marker));
        }
    }

    /** Removes the marker with this key, if shown. */
    public void removeMarker(String key) {
        int at = indexOf(key);
        if (at >= 0) {
            markers.remove(at);
            if (isAttached()) {
                call("removeMarker", key);
            }
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < markers.size(); i++) {
            if (key.equals(markers.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    /** Hears where the user moved or zoomed the map (the browser tells it a moment after the map stops moving). */
    public void addViewListener(java.util.function.Consumer<View> listener) {
        viewListeners.add(listener);
        if (isAttached()) {
            call("setReportView", true);
        }
    }

    /** The part of the world in sight, once the browser has told it. */
    public java.util.Optional<View> getView() {
        return java.util.Optional.ofNullable(view);
    }

    @ClientCallable
    private void viewChanged(
            double south, double west, double north, double east, int zoomLevel, int widthPx, int heightPx) {
        if (!(south <= north) || Math.abs(south) > 90 || Math.abs(north) > 90) {
            return;
        }
        // a map scrolled around the world reports longitudes past ±180: the whole width then
        double w = west < -180 || east > 180 ? -180 : west;
        double e = west < -180 || east > 180 ? 180 : east;
        view = new View(south, w, north, e, zoomLevel, Math.clamp(widthPx, 0, 10_000), Math.clamp(heightPx, 0, 10_000));
        for (var listener : List.copyOf(viewListeners)) {
            listener.accept(view);
        }
    }

    /** Clicking the map reports the point (6 decimals, about 10 cm). */
    public void enablePicking(BiConsumer<BigDecimal, BigDecimal> listener) {
        this.picking = true;
        this.pickListener = listener;
        if (isAttached()) {
            call("setPicking", true);
        }
    }

    @ClientCallable
    private void picked(double lat, double lng) {
        if (picking && pickListener != null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
            pickListener.accept(
                    BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(lng).setScale(6, RoundingMode.HALF_UP));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!markers.isEmpty()) {
            centerLat = markers.getFirst().lat();
            centerLng = markers.getFirst().lng();
            zoom = Math.max(zoom, 14);
        }
        call("init", settings.tileUrl(), settings.attribution(), centerLat, centerLng, zoom);
        call("setPicking", picking);
        call("setReportView", !viewListeners.isEmpty());
        push(false);
    }

    private void push(boolean fit) {
        call("setMarkers", JSON.writeValueAsString(markers), fit, JSON.writeValueAsString(clusters));
    }

    /**
     * Calls a function of intervo-map.js once Leaflet and the glue script have loaded: the page loads them
     * deferred, possibly after this component's first round trip. Calls keep their order.
     */
    private void call(String function, java.io.Serializable... args) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            params.append(", $").append(i);
        }
        getElement()
                .executeJs(
                        "const el = this; const args = [el" + params + "];"
                                + "(function run() { if (window.L && window.intervoMap) { window.intervoMap." + function
                                + ".apply(null, args); } else { setTimeout(run, 50); } })();",
                        args);
    }

    public List<Marker> getMarkers() {
        return List.copyOf(markers);
    }

    public List<Cluster> getClusters() {
        return List.copyOf(clusters);
    }
}
