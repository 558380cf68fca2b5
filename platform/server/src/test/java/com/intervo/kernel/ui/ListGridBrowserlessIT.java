package com.intervo.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list grid at phone width: one card column built from the grid's own columns, the columns back on a desktop,
 * still the same lazy data. Shown on the users list (text, badge and button columns).
 */
@TenantIntegrationTest
class ListGridBrowserlessIT extends SpringBrowserlessTest {

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void atPhoneWidthEveryRowIsACardWithTheColumnsHeadersAndValues() {
        navigate("admin/users", Component.class);
        ListGrid<Object> grid = find(ListGrid.class).withId("users-grid").single();
        List<Grid.Column<Object>> desktop =
                grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        assertThat(desktop).hasSizeGreaterThan(3);
        int rows = test(grid).size();

        grid.setPhoneLayout(true);
        assertThat(grid.getElement().hasAttribute("phone-cards")).isTrue();
        List<Grid.Column<Object>> shown =
                grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        assertThat(shown).hasSize(1);
        Grid.Column<Object> cards = shown.getFirst();
        assertThat(test(grid).size()).isEqualTo(rows);
        Component card = ((ComponentRenderer) cards.getRenderer())
                .createComponent(test(grid).getRow(0));
        List<String> texts =
                card.getElement().getChildren().map(c -> c.getTextRecursively()).toList();
        // the first column is the title, the others "header: value", the edit button among the actions
        assertThat(texts.getFirst()).isNotBlank();
        assertThat(String.join("|", texts)).contains(desktop.get(1).getHeaderText());
        assertThat(card.getElement()
                        .getChildren()
                        .anyMatch(c -> c.getClassList().contains("intervo-card-actions")))
                .isTrue();

        grid.setPhoneLayout(false);
        assertThat(grid.getElement().hasAttribute("phone-cards")).isFalse();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).toList())
                .isEqualTo(desktop);
        assertThat(test(grid).size()).isEqualTo(rows);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void theSideMenuLabelsAreInTheirOwnElementSoTheyWrap() {
        navigate(HomeView.class);
        assertThat(find(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .allSatisfy(item -> {
                    assertThat(item.getElement()
                                    .getChildren()
                                    .filter(c -> c.getClassList().contains("intervo-nav-label"))
                                    .map(c -> c.getText())
                                    .toList())
                            .containsExactly(item.getLabel());
                    assertThat(item.getElement()
                                    .getChildren()
                                    .filter(c -> c.isTextNode() && !c.getText().isBlank()))
                            .isEmpty();
                });
        assertThat(find(Span.class).withClassName("intervo-nav-label").all()).isEmpty();
    }
}
