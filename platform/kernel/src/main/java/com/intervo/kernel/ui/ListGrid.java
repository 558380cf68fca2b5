package com.intervo.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * The grid of a list screen. At desktop width it is an ordinary (lazy, paged) grid; at phone width every row shows
 * as a card instead of columns that spill sideways: the first column as the card's title, every other column as
 * "header: value", columns without a header (actions) as a row of buttons. The cards are built from the grid's own
 * columns, so a list screen gets them by creating a {@code ListGrid} instead of a {@code Grid}.
 */
public class ListGrid<T> extends Grid<T> {

    /** The text columns' values, kept for the cards (a grid does not hand its value providers back). */
    private final Map<Column<T>, ValueProvider<T, ?>> texts = new HashMap<>();

    private final Map<Column<T>, Boolean> visibleOnDesktop = new HashMap<>();
    private Column<T> cards;
    private boolean phone;

    public ListGrid() {
        addClassName("intervo-list-grid");
        PhoneWidth.observe(this, this::setPhoneLayout);
    }

    @Override
    public Column<T> addColumn(ValueProvider<T, ?> valueProvider) {
        Column<T> column = super.addColumn(valueProvider);
        texts.put(column, valueProvider);
        return joined(column);
    }

    @Override
    @SafeVarargs
    public final <V extends Comparable<? super V>> Column<T> addColumn(
            ValueProvider<T, V> valueProvider, String... sortingProperties) {
        Column<T> column = super.addColumn(valueProvider, sortingProperties);
        texts.put(column, valueProvider);
        return joined(column);
    }

    @Override
    public Column<T> addColumn(Renderer<T> renderer) {
        return joined(super.addColumn(renderer));
    }

    @Override
    public <V extends Component> Column<T> addComponentColumn(ValueProvider<T, V> componentProvider) {
        return joined(super.addComponentColumn(componentProvider));
    }

    /** A column added while the rows are cards (columns that follow a filter, say) shows in the cards. */
    private Column<T> joined(Column<T> column) {
        if (phone && column != cards) {
            // (a component column passes here twice: the first answer counts)
            visibleOnDesktop.putIfAbsent(column, column.isVisible());
            column.setVisible(false);
            cardsColumn().setVisible(true);
            getDataCommunicator().reset();
        }
        return column;
    }

    private Column<T> cardsColumn() {
        if (cards == null || !getColumns().contains(cards)) {
            cards = super.addColumn(phone ? new ComponentRenderer<>(this::card) : LitRenderer.<T>of(""));
            cards.setKey("intervo-card");
            cards.setVisible(phone);
        }
        return cards;
    }

    /** Whether the rows show as cards (phone width). */
    public boolean isPhoneLayout() {
        return phone;
    }

    /** Cards at phone width, columns otherwise; called by the browser's media query (and by tests). */
    public void setPhoneLayout(boolean phoneWidth) {
        if (phoneWidth == phone) {
            return;
        }
        phone = phoneWidth;
        cardsColumn();
        if (phone) {
            visibleOnDesktop.clear();
            for (Column<T> column : getColumns()) {
                if (column != cards) {
                    visibleOnDesktop.put(column, column.isVisible());
                    column.setVisible(false);
                }
            }
            cards.setRenderer(new ComponentRenderer<>(this::card));
            cards.setVisible(true);
        } else {
            cards.setVisible(false);
            // no card components are made while nobody sees them
            cards.setRenderer(LitRenderer.of(""));
            visibleOnDesktop.forEach((column, visible) -> {
                if (getColumns().contains(column)) {
                    column.setVisible(visible);
                }
            });
            visibleOnDesktop.clear();
        }
        getElement().setAttribute("phone-cards", phone);
    }

    private Component card(T item) {
        Div card = new Div();
        card.addClassName("intervo-card");
        Div actions = new Div();
        actions.addClassName("intervo-card-actions");
        boolean first = true;
        for (Column<T> column : getColumns()) {
            if (column == cards || !visibleOnDesktop.getOrDefault(column, true)) {
                continue;
            }
            Component value = cell(column, item);
            if (value == null) {
                continue;
            }
            String header = column.getHeaderText();
            if (header == null || header.isBlank()) {
                actions.add(value);
            } else if (first) {
                Div title = new Div(value);
                title.addClassName("intervo-card-title");
                card.add(title);
                first = false;
            } else {
                Span label = new Span(header);
                label.addClassName("intervo-card-label");
                Div line = new Div(label, value);
                line.addClassName("intervo-card-line");
                card.add(line);
            }
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    @SuppressWarnings("unchecked")
    private Component cell(Column<T> column, T item) {
        ValueProvider<T, ?> text = texts.get(column);
        if (text != null) {
            Object value = text.apply(item);
            String shown = value == null ? "" : value.toString();
            return shown.isBlank() ? null : new Span(shown);
        }
        if (column.getRenderer() instanceof ComponentRenderer<?, ?> renderer) {
            return ((ComponentRenderer<? extends Component, T>) renderer).createComponent(item);
        }
        return null;
    }
}
