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
 * A Leaflet map (BSD-2, from its webjar) with markers; optionally the user picks a point by clicking.
 * Vaadin's own map is commercial, so this small wrapper stands in.
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
    public record Marker(double lat, double lng, String label, String colour, boolean permanent) {

        public Marker(double lat, double lng, String label) {
            this(lat, lng, label, null, false);
        }

        public Marker {
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException(colour);
            }
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MapSettings settings;
    private final List<Marker> markers = new ArrayList<>();
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

    public void setMarkers(List<Marker> newMarkers) {
        markers.clear();
        markers.addAll(newMarkers);
        if (isAttached()) {
            push(true);
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
        push(false);
    }

    private void push(boolean fit) {
        call("setMarkers", JSON.writeValueAsString(markers), fit);
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
}
